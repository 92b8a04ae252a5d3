// bitLeftShift/bitRightShift also exist as functions, with the infix form's results.
Trace(bitLeftShift(1, 3)) // expect: 8
Trace(bitRightShift(256, 4)) // expect: 16
Trace(bitLeftShift(1, 3) = (1 bitLeftShift 3)) // expect: 1
