// FOR EACH v, k OF an associative array gives each value and its key
prices is associative array of int
prices["tea"] = 3
prices["cake"] = 5
FOR EACH price, name OF prices
	Trace(name, price)
END
// expect: tea, 3
// expect: cake, 5
t is array of string = ["a", "b"]
FOR EACH s, i OF t
	Trace(i, s)
END
// expect: 1, a
// expect: 2, b
