// The given-name lists of gender-detection-from-name (one CommonJS module a language, each
// a Map from a lower-case given name to its gender); the package types only `getGender`.
declare module 'gender-detection-from-name/names/*.js' {
  const names: ReadonlyMap<string, 'female' | 'male'>;
  export default names;
}
