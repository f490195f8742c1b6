/**
 * The inner files of wink-eng-lite-web-model that taggerModel.ts puts together: the
 * package types only its whole model, and each part is handed to wink unread.
 */
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
