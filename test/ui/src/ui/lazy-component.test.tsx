// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../../../src/ui/lazy-component';

afterEach(cleanup);

const Greeting: FunctionComponent<{ name: string }> = ({ name }) => <p>Hello {name}</p>;

/** A load the test settles by hand, counting how often it was asked for. */
function manualLoad() {
  const calls: Array<{ resolve: (c: FunctionComponent<{ name: string }>) => void; reject: (reason: unknown) => void }> = [];
  const load = vi.fn(() => new Promise<FunctionComponent<{ name: string }>>((resolve, reject) => calls.push({ resolve, reject })));
  return { load, calls };
}

const views = {
  loading: () => <p>Loading…</p>,
  failed: (reason: string) => `Didn't load: ${reason}`,
  failedClass: 'note',
};

describe('lazyComponent', () => {
  it('shows its loading view, then the component with its props', async () => {
    const { load, calls } = manualLoad();
    const Lazy = lazyComponent(load, views);
    render(<Lazy name="Ada" />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    calls[0]!.resolve(Greeting);
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('loads once, however many render it, and renders at once after that', async () => {
    const { load, calls } = manualLoad();
    const Lazy = lazyComponent(load, views);
    render(
      <>
        <Lazy name="Ada" />
        <Lazy name="Bob" />
      </>,
    );
    calls[0]!.resolve(Greeting);
    await screen.findByText('Hello Bob');
    cleanup();
    render(<Lazy name="Cy" />);
    expect(screen.getByText('Hello Cy')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says why it did not load, and loads again on retry', async () => {
    const { load, calls } = manualLoad();
    const Lazy = lazyComponent(load, views);
    render(<Lazy name="Ada" />);
    calls[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect((await screen.findByRole('alert')).textContent).toContain("Didn't load: TypeError: Failed to fetch dynamically imported module");
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Loading…')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    calls[1]!.resolve(Greeting);
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('without views shows nothing until loaded, and nothing when the load fails, asking again next time', async () => {
    const { load, calls } = manualLoad();
    const Lazy = lazyComponent(load);
    const { container } = render(<Lazy name="Ada" />);
    expect(container.innerHTML).toBe('');
    await act(async () => calls[0]!.reject(new Error('offline')));
    expect(container.innerHTML).toBe('');
    cleanup();
    render(<Lazy name="Bob" />);
    expect(load).toHaveBeenCalledTimes(2);
    calls[1]!.resolve(Greeting);
    expect(await screen.findByText('Hello Bob')).toBeTruthy();
  });
});
