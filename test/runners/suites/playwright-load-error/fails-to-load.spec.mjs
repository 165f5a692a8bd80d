// A test file that throws while it is loaded: Playwright then runs no test at all, in any file.
throw new Error('this file fails to load');
