// integer literals: decimal, negative, hex 0x, _ digit separators
Trace(42) // expect: 42
Trace(-17) // expect: -17
Trace(0x1F) // expect: 31
Trace(0xff) // expect: 255
Trace(1_000_000) // expect: 1000000
Trace(0x_12_15) // expect: 4629
Trace(0) // expect: 0
