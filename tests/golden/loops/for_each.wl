// FOR EACH x OF arr gives the elements in index order
fruits is array of strings = ["apple", "pear", "plum"]
FOR EACH f OF fruits
	Trace(f)
END
// expect: apple
// expect: pear
// expect: plum
total is int
FOR EACH n OF [4, 5, 6]
	total += n
END
Trace(total) // expect: 15
