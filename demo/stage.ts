/**
 * The stage: the box an element is shown in on the demo page. Its width is what the elements respond to
 * (they are sized by container queries, not by the window), so switching it shows the phone and tablet
 * layouts on any screen.
 */
import { css } from 'lit';

/** The widths a designer switches the stage between, with their labels; desktop takes the full width. */
export const STAGE_WIDTHS = {
  desktop: 'Desktop (full width)',
  tablet: 'Tablet (768 px)',
  phone: 'Phone (390 px)',
} as const;

export type StageWidth = keyof typeof STAGE_WIDTHS;

export const isStageWidth = (value: string): value is StageWidth => Object.hasOwn(STAGE_WIDTHS, value);

/**
 * The element's box is the stage's content box: exactly 390 or 768 px, or less on a window too narrow for
 * it (the padding and border take the rest of the 100 %).
 */
export const stageStyles = css`
  .stage {
    box-sizing: content-box;
    border: 1px dashed #8886;
    padding: var(--stage-padding, 1em);
    border-radius: 0.4em;
    /* An element wider than its stage scrolls there, where a designer sees it, and leaves the page as wide as the window. */
    overflow-x: auto;
  }
  .stage[data-width='tablet'] {
    inline-size: min(768px, 100% - 2 * var(--stage-padding, 1em) - 2px);
  }
  .stage[data-width='phone'] {
    inline-size: min(390px, 100% - 2 * var(--stage-padding, 1em) - 2px);
  }
`;

/** Where an element on a stage reads its data: the demo endpoint's scenario. */
export const endpointFor = (scenario: string) => `/demo-api/${encodeURIComponent(scenario)}`;

/** An element made by tag, with its attributes (name → value; '' for a boolean that is set). */
export function createStaged(tagName: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tagName);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}
