// A test file that throws while it is loaded: Jest reports "Test suite failed to run".
throw new Error('this file fails to load');
