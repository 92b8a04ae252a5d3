// Max and Min take any number of values
Trace(Max(3, 9, 4)) // expect: 9
Trace(Min(3, 9, 4)) // expect: 3
Trace(Max(-1.5, -2)) // expect: -1.5
Trace(Min("pear", "apple")) // expect: apple
