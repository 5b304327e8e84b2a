/** Size and place of the share images; kept apart from the renderer so page heads import no fonts. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Site path (without the base) of a review's card in one edition. */
export function cardPath(segment: string, year: number | string): string {
  return `${segment}/${year}/share.png`;
}
