import { describe, expect, it } from 'vitest';
import { labelWrapWidthPx, laneLabelWrapWidthPx } from '../../../src/features/timeline/labelWidth';
import { MAX_LABEL_SHARE } from '../../../src/shared/windowFitting';

const ROOT_PX = 16;

describe('labelWrapWidthPx', () => {
  it.each([
    // [timeline width, wrap width, why]
    [2400, 480, 'a wide screen: a comfortable line length, 30rem'],
    [1238, MAX_LABEL_SHARE * 1238 - 28, 'a laptop: the room a fitted window keeps for a label'],
    [728, MAX_LABEL_SHARE * 728 - 28, 'a tablet: the same'],
    [358, 176, 'a phone: never narrower than 11rem'],
  ])('at %i px wraps at %f px (%s)', (width, expected) => {
    expect(labelWrapWidthPx(width, ROOT_PX)).toBeCloseTo(expected, 6);
  });

  it('follows the root font size, for readers who enlarge the text', () => {
    expect(labelWrapWidthPx(2400, 20)).toBe(600);
    expect(labelWrapWidthPx(358, 20)).toBe(220);
  });

  it('never wraps a label wider than the room a fitted window keeps for it, where that is above the floor', () => {
    for (let width = 700; width <= 3000; width += 50)
      expect(labelWrapWidthPx(width, ROOT_PX) + 28).toBeLessThanOrEqual(
        MAX_LABEL_SHARE * width + 1e-9,
      );
  });
});

describe('laneLabelWrapWidthPx', () => {
  it.each([
    // [timeline width, wrap width, why]
    [1238, 208, 'a laptop: 13rem, as lane names are short'],
    [600, 150, 'a tablet: a quarter of the timeline'],
    [364, 96, 'a phone: never narrower than 6rem, so a lane name is not a word a line'],
  ])('at %i px wraps at %f px (%s)', (width, expected) => {
    expect(laneLabelWrapWidthPx(width, ROOT_PX)).toBeCloseTo(expected, 6);
  });
});
