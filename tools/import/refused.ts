/**
 * Why an import was refused, in words for the editor who ran it: what is wrong with the input and
 * what to do. The command prints the message and exits 1; nothing has been written by then.
 */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}
