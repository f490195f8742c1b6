import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../src/features/useAfterPaint';

describe('useAfterPaint', () => {
  it.each([
    ['the value itself', undefined, 'a'],
    ['what it is given first', 'none', 'none'],
  ])('renders first with %s, then each new value after a frame', async (_, initial, first) => {
    const { result, rerender } = renderHook(
      ({ value }) => (initial === undefined ? useAfterPaint(value) : useAfterPaint(value, initial)),
      { initialProps: { value: 'a' } },
    );
    expect(result.current).toBe(first);
    await waitFor(() => expect(result.current).toBe('a'));
    act(() => rerender({ value: 'b' }));
    expect(result.current).toBe('a');
    await waitFor(() => expect(result.current).toBe('b'));
  });

  it('keeps a function as the value, without calling it', async () => {
    const count = () => 3;
    const { result } = renderHook(() => useAfterPaint(count));
    await waitFor(() => expect(result.current).toBe(count));
  });
});
