/**
 * A student working through a lesson in the browser, by keyboard only or by mouse only. It knows
 * how to answer every kind of exercise, and reads the right answers from the exercise's key JSON
 * (`/keys/<slug>/<id>.json`, the file the page itself fetches on Check) — never from the test.
 */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { ExerciseKey } from '@sayswho/lessons/exercise-spec';
import { UI } from '../../lib/ui-text';
import { pressTimes, tabTo } from './keyboard';
import { expectSameWords, passageTargets, type PassageTargets } from './word-targets';

export type Input = 'keyboard' | 'mouse';

export interface ExerciseOnPage {
  readonly id: string;
  readonly key: ExerciseKey;
}

/** The answer a student gives to a Rewrite: the sentence with every loaded word swapped for the corpus's first plainer word. */
export function neutralRewrite(key: Extract<ExerciseKey, { type: 'rewrite' }>): string {
  return key.key.loaded.reduce(
    (sentence, loaded) => sentence.replace(loaded.text, loaded.alternatives[0] ?? ''),
    key.key.original,
  );
}

export class Student {
  private slug = '';

  constructor(
    readonly page: Page,
    readonly request: APIRequestContext,
    readonly input: Input,
  ) {}

  /** Opens the student view and waits until every exercise island answers to keys and clicks. */
  async openLesson(slug: string) {
    this.slug = slug;
    const response = await this.page.goto(`/lessons/${slug}/`);
    expect(response?.status(), `status of lesson ${slug}`).toBe(200);
    await this.waitUntilInteractive();
  }

  async reload() {
    await this.page.reload();
    await this.waitUntilInteractive();
  }

  private async waitUntilInteractive() {
    await waitForHydration(this.page.locator('section.exercise'));
  }

  /** Follows the link at the end of the lesson to its hand-in page. */
  async openHandIn() {
    await this.press(this.page.getByRole('link', { name: UI.handIn.heading, exact: true }));
    await expect(this.page).toHaveURL(new RegExp(`/lessons/${this.slug}/hand-in/?$`));
    await waitForHydration(this.page.locator('.hand-in, .new-student'));
  }

  /** On the hand-in page: writes the name, prepares the answers and returns the sheet as shown. */
  async handIn(name: string): Promise<string> {
    const nameBox = this.page.getByRole('textbox', { name: UI.handIn.nameLabel });
    if (this.input === 'keyboard') await tabTo(this.page, nameBox);
    else await nameBox.click();
    await this.page.keyboard.type(name);
    await this.press(this.page.getByRole('button', { name: UI.handIn.prepare }));
    const sheet = this.page.getByLabel(UI.handIn.summaryLabel);
    await expect(sheet).toBeVisible();
    return sheet.innerText();
  }

  /** On the hand-in page: "New student", confirmed, for the next student on this device. */
  async clearForNextStudent() {
    await this.press(this.page.getByRole('button', { name: UI.handIn.newStudent }));
    await expect(this.page.getByText(UI.handIn.newStudentConfirm)).toBeVisible();
    await this.press(this.page.getByRole('button', { name: UI.handIn.newStudentYes }));
    await expect(
      this.page.getByRole('status').filter({ hasText: UI.handIn.cleared }),
    ).toBeVisible();
  }

  /** From the hand-in page back to the lesson, ready for keys and clicks. */
  async backToLesson() {
    const prefix = UI.handIn.backToLesson('');
    await this.press(this.page.getByRole('link', { name: new RegExp(`^${prefix}`) }));
    await expect(this.page).toHaveURL(new RegExp(`/lessons/${this.slug}/?$`));
    await this.waitUntilInteractive();
  }

  /** The lesson's exercises in page order, each with its key. */
  async exercises(): Promise<ExerciseOnPage[]> {
    const ids = await this.page
      .locator('section.exercise')
      .evaluateAll((sections) => sections.map((s) => s.id));
    return Promise.all(ids.map(async (id) => ({ id, key: await this.key(id) })));
  }

  async key(id: string): Promise<ExerciseKey> {
    const response = await this.request.get(`/keys/${this.slug}/${id}.json`);
    expect(response.status(), `key of ${this.slug}/${id}`).toBe(200);
    return (await response.json()) as ExerciseKey;
  }

  exercise(id: string): Locator {
    return this.page.locator(`section.exercise[id="${id}"]`);
  }

  /** The exercise's live region: what a screen reader hears after each change. */
  announcement(id: string): Locator {
    return this.exercise(id).getByRole('status');
  }

  /** Answers with the key's right answers, asks for a hint, checks, and sees the feedback announced. */
  async complete({ id, key }: ExerciseOnPage) {
    await this.answer(id, key);
    await this.useHint(id);
    await this.check(id);
  }

  async answer(id: string, key: ExerciseKey) {
    const section = this.exercise(id);
    switch (key.type) {
      case 'spot':
        return this.markWords(section.getByRole('listbox'), passageTargets(key.key));
      case 'compare': {
        const first = key.keys[0];
        if (first?.mode === 'spot') {
          const sides = section.getByRole('listbox');
          await expect(sides).toHaveCount(2);
          await this.markWords(sides.nth(0), passageTargets(first.from));
          return this.markWords(sides.nth(1), passageTargets(first.to));
        }
        for (const [n, k] of key.keys.entries()) {
          if (k.mode !== 'kind') continue;
          const group = section.getByRole('group', { name: UI.exercise.compare.kindLabel(n + 1) });
          await this.chooseOptions(
            group,
            k.choice.options.filter((o) => o.correct).map((o) => o.id),
            false,
          );
        }
        return;
      }
      case 'choice':
        return this.chooseOptions(
          section.getByRole('group'),
          key.key.options.filter((o) => o.correct).map((o) => o.id),
          key.key.multiple,
        );
      case 'classify':
        for (const item of key.key.items) {
          await this.pick(
            section.getByLabel(UI.exercise.classify.itemLabel(item.text), { exact: true }),
            item.category,
          );
        }
        return;
      case 'rewrite': {
        const box = section.getByRole('textbox', { name: UI.exercise.rewrite.yourVersion });
        if (this.input === 'keyboard') await tabTo(this.page, box);
        else await box.click();
        // One input event for the sentence, as a paste or a phone's keyboard gives it: key by key
        // it took 10 s of the class test at load 21 (a render per key), and rewrite.test.tsx types
        // sentences key by key into the same box. No key handler of a lesson page stands between
        // a focused text box and its text (the word picker's handles only its own listbox).
        await this.page.keyboard.insertText(neutralRewrite(key));
        return expect(box).toHaveValue(neutralRewrite(key));
      }
    }
  }

  async useHint(id: string) {
    const section = this.exercise(id);
    await this.press(section.getByRole('button', { name: UI.exercise.hint, exact: true }));
    await expect(section.locator('.exercise__hints li')).toHaveCount(1);
    await expect(this.announcement(id)).toHaveText(/^Hint 1: \S/);
  }

  /** Checks; by keyboard Shift+Tab back to Check from the Hint button after it, unless `backward` is false. */
  async check(id: string, { backward = true } = {}) {
    const section = this.exercise(id);
    await this.press(section.getByRole('button', { name: UI.exercise.check }), { backward });
    await expect(section.getByRole('heading', { name: UI.exercise.feedbackHeading })).toBeVisible();
    // A screen reader hears the same verdict the page shows.
    const summary = (await section.locator('.exercise__summary').innerText()).trim();
    expect(summary, `the verdict on ${id}`).not.toBe('');
    await expect(this.announcement(id)).toHaveText(UI.exercise.announce.checked(summary));
  }

  /** Presses a button: Tab to it and Enter, or a click. */
  async press(button: Locator, { backward = false } = {}) {
    if (this.input === 'mouse') return button.click();
    await tabTo(this.page, button, { backward });
    await this.page.keyboard.press('Enter');
  }

  /** Marks the first `count` answers of a Spot, and nothing else: a student who found only some. */
  async markSome(id: string, key: Extract<ExerciseKey, { type: 'spot' }>, count: number) {
    const targets = passageTargets(key.key);
    await this.markWords(this.exercise(id).getByRole('listbox'), {
      ...targets,
      runs: targets.runs.slice(0, count),
    });
  }

  /** Marks each run of words: arrows and Space (Shift+→ to stretch), or a drag with the mouse. */
  private async markWords(listbox: Locator, targets: PassageTargets) {
    await expectSameWords(listbox, targets);
    if (this.input === 'keyboard') await tabTo(this.page, listbox);
    for (const run of targets.runs) {
      if (this.input === 'keyboard') {
        await this.moveToWord(listbox, targets, run.first);
        await this.page.keyboard.press('Space');
        if (run.last > run.first) {
          await this.page.keyboard.down('Shift');
          await pressTimes(this.page, 'ArrowRight', run.last - run.first);
          await this.page.keyboard.up('Shift');
        }
      } else {
        await this.dragOverWords(listbox, run.first, run.last);
      }
    }
    await expectMarked(listbox, targets);
  }

  /**
   * Moves to a word as a student would: ↓ ↑ jump paragraphs, ← → step word by word. The listbox
   * keeps focus and points at the active word with aria-activedescendant.
   */
  private async moveToWord(listbox: Locator, targets: PassageTargets, target: number) {
    const blockOf = (word: number) => targets.blockStarts.findLastIndex((start) => start <= word);
    const focusedWord = () =>
      listbox.evaluate((box) => {
        const active = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
        return box === document.activeElement && active
          ? Number(active.getAttribute('data-w'))
          : -1;
      });
    let at = await focusedWord();
    while (blockOf(at) !== blockOf(target)) {
      await this.page.keyboard.press(blockOf(at) < blockOf(target) ? 'ArrowDown' : 'ArrowUp');
      const moved = await focusedWord();
      expect(moved, 'an arrow key moved focus to another word').not.toBe(at);
      at = moved;
    }
    await pressTimes(this.page, at < target ? 'ArrowRight' : 'ArrowLeft', Math.abs(target - at));
    expect(await focusedWord(), `the active word (“${targets.words.words[target]!.text}”)`).toBe(
      target,
    );
  }

  private async dragOverWords(listbox: Locator, first: number, last: number) {
    const from = listbox.locator(`[data-w="${first}"]`);
    const to = listbox.locator(`[data-w="${last}"]`);
    await from.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const start = await from.boundingBox();
    const end = await to.boundingBox();
    if (!start || !end) throw new Error(`Words ${first}–${last} are not on screen.`);
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Chooses options in a radio or checkbox group: arrows or Space, or clicks. */
  private async chooseOptions(group: Locator, ids: readonly string[], multiple: boolean) {
    const inputs = group.locator('input');
    const values = await inputs.evaluateAll((els) =>
      els.map((el) => (el as HTMLInputElement).value),
    );
    if (this.input === 'mouse') {
      for (const id of ids) await inputs.nth(values.indexOf(id)).click();
    } else if (multiple) {
      for (const id of ids) {
        await tabTo(this.page, inputs.nth(values.indexOf(id)));
        await this.page.keyboard.press('Space');
      }
    } else {
      // Tab enters a radio group on its first option; arrows move and choose.
      const target = values.indexOf(ids[0]!);
      await tabTo(this.page, inputs.first());
      if (target === 0) await this.page.keyboard.press('Space');
      else await pressTimes(this.page, 'ArrowDown', target);
    }
    for (const [n, value] of values.entries()) {
      if (ids.includes(value)) await expect(inputs.nth(n)).toBeChecked();
      else await expect(inputs.nth(n)).not.toBeChecked();
    }
  }

  /**
   * Puts an item in a category. By keyboard: arrows on the focused select. Chromium draws an open
   * select's list outside the page, where no test can click, so the mouse student clicks the
   * select and then chooses with Playwright's selectOption.
   */
  private async pick(select: Locator, category: string) {
    const values = await select
      .locator('option')
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    if (this.input === 'keyboard') {
      await tabTo(this.page, select);
      await pressTimes(this.page, 'ArrowDown', values.indexOf(category));
    } else {
      await select.selectOption(category);
    }
    await expect(select).toHaveValue(category);
  }

  /** After a reload: the answers given, the last check's feedback and the hints used are all back. */
  async expectRestored({ id, key }: ExerciseOnPage) {
    const section = this.exercise(id);
    await expect(section.getByRole('heading', { name: UI.exercise.feedbackHeading })).toBeVisible();
    await expect(section.getByRole('button', { name: UI.exercise.tryAgain })).toBeVisible();
    await expect(section.locator('.exercise__hints li')).toHaveCount(1);
    switch (key.type) {
      case 'spot':
        return expectMarked(section.getByRole('listbox'), passageTargets(key.key));
      case 'compare': {
        const first = key.keys[0];
        if (first?.mode === 'spot') {
          await expectMarked(section.getByRole('listbox').nth(0), passageTargets(first.from));
          return expectMarked(section.getByRole('listbox').nth(1), passageTargets(first.to));
        }
        for (const [n, k] of key.keys.entries()) {
          if (k.mode !== 'kind') continue;
          const right = k.choice.options.find((o) => o.correct)!.id;
          await expect(
            section
              .getByRole('group', { name: UI.exercise.compare.kindLabel(n + 1) })
              .locator('input:checked'),
          ).toHaveValue(right);
        }
        return;
      }
      case 'choice': {
        const right = key.key.options.filter((o) => o.correct).map((o) => o.id);
        const checked = await section
          .locator('input:checked')
          .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
        return expect(checked).toEqual(right);
      }
      case 'classify':
        for (const item of key.key.items) {
          await expect(
            section.getByLabel(UI.exercise.classify.itemLabel(item.text), { exact: true }),
          ).toHaveValue(item.category);
        }
        return;
      case 'rewrite':
        return expect(
          section.getByRole('textbox', { name: UI.exercise.rewrite.yourVersion }),
        ).toHaveValue(neutralRewrite(key));
    }
  }

  /** After "new student": nothing answered, nothing checked, no hints, no feedback. */
  async expectFresh({ id }: ExerciseOnPage) {
    const section = this.exercise(id);
    await expect(section.locator('[aria-selected="true"], input:checked')).toHaveCount(0);
    await expect(section.locator('.exercise__hints li, .exercise__feedback')).toHaveCount(0);
    await expect(section.getByRole('button', { name: UI.exercise.check })).toBeVisible();
    for (const select of await section.locator('select').all())
      await expect(select).toHaveValue('');
    for (const box of await section.getByRole('textbox').all()) await expect(box).toHaveValue('');
  }
}

/** Waits until React has hydrated every element `islands` finds: before that, a keypress would be lost. */
export async function waitForHydration(islands: Locator) {
  await expect(islands.first()).toBeVisible();
  // Every 100 ms: Playwright's default backs off to a second between tries, which a test that
  // opens a page after another waited out once hydration was done.
  await expect
    .poll(
      () =>
        islands.evaluateAll((elements) =>
          elements.every((e) => Object.keys(e).some((k) => k.startsWith('__reactFiber'))),
        ),
      { intervals: [100] },
    )
    .toBe(true);
}

/** Exactly the answer words are marked, for screen readers and on the screen. */
async function expectMarked(listbox: Locator, targets: PassageTargets) {
  const expected = targets.runs.flatMap((run) =>
    Array.from({ length: run.last - run.first + 1 }, (_, i) => run.first + i),
  );
  const answers = targets.runs.map((r) => `“${r.text}”`).join(', ');
  await expect
    .poll(
      () =>
        listbox
          .locator('[aria-selected="true"]')
          .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-w')))),
      { message: `marked words (answers: ${answers})` },
    )
    .toEqual(expected);
  await expect
    .poll(() => wordsDrawn(listbox, 'marked'), {
      message: `words drawn as marked (answers: ${answers})`,
    })
    .toEqual(expected);
}

/**
 * The words of `listbox` the browser paints as marked (the mark's solid underline, which the focus
 * ring keeps on a marked word and a Check's "found" keeps) or with the focus ring (the fill in the
 * page's focus colour).
 */
export function wordsDrawn(listbox: Locator, as: 'marked' | 'ring'): Promise<number[]> {
  return listbox.evaluate((box, as) => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.backgroundColor = 'var(--focus)';
    const ringFill = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...box.querySelectorAll('[data-w]')]
      .filter((word) => {
        const style = getComputedStyle(word);
        return as === 'ring'
          ? style.backgroundColor === ringFill
          : style.textDecorationLine.includes('underline') && style.textDecorationStyle === 'solid';
      })
      .map((word) => Number(word.getAttribute('data-w')));
  }, as);
}
