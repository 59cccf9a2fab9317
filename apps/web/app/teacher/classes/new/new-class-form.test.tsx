import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { NewClassForm, validateNewClass } from './new-class-form.client';

const range = { min: '2025-03-10', max: '2026-03-11' };
const lessons = [
  { slug: 'who-says-so', title: 'Who says so?' },
  { slug: 'loaded-words', title: 'Loaded words' },
];

describe('the new-class form', () => {
  it('accepts a name, a lesson and a day in range', () => {
    expect(
      validateNewClass(
        { name: ' 8B ', lessons: ['who-says-so'], endsOn: '2025-06-30' },
        { range, maxName: 80 },
      ),
    ).toEqual({});
  });

  it('names each field’s problem', () => {
    const errors = validateNewClass(
      { name: '  ', lessons: [], endsOn: '2025-03-09' },
      { range, maxName: 80 },
    );
    expect(Object.keys(errors)).toEqual(['name', 'lessons', 'endsOn']);
    expect(errors.endsOn).toContain('2025-03-10');
  });

  it('puts the error next to the field, focuses it, and sends nothing', async () => {
    const fetchSpy = jest.fn();
    global.fetch = fetchSpy;
    const { container } = render(
      <NewClassForm lessons={lessons} range={range} suggestedEnd="2025-06-08" maxName={80} />,
    );
    await userEvent.type(screen.getByLabelText('Class name'), '8B Media');
    await userEvent.click(screen.getByRole('button', { name: 'Create the class' }));
    expect(screen.getByText('Choose at least one lesson.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Who says so?' })).toHaveFocus();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the server’s reason when it refuses', async () => {
    global.fetch = jest.fn().mockResolvedValue({
      ok: false,
      status: 400,
      json: async () => ({ code: 'invalid', reason: 'The class name is too long.' }),
    });
    render(<NewClassForm lessons={lessons} range={range} suggestedEnd="2025-06-08" maxName={80} />);
    await userEvent.type(screen.getByLabelText('Class name'), '8B Media');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Loaded words' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create the class' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The class was not created: The class name is too long.',
    );
    expect(JSON.parse((global.fetch as jest.Mock).mock.calls[0][1].body)).toEqual({
      name: '8B Media',
      lessons: ['loaded-words'],
      endsOn: '2025-06-08',
    });
  });
});
