// A test file that throws while it is imported: node:test reports the file itself as a failed test.
throw new Error('this file fails to load');
