// A test file that throws while it is imported: node-tap reports the file as a failed test.
import 'tap';

throw new Error('this file fails to load');
