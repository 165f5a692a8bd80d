// The `jenkins` npm client (silas/node-jenkins) ships no types, and @types/jenkins predates the options
// argument of `build.get` that history-store.ts uses; that file declares the little it needs.
declare module 'jenkins';
