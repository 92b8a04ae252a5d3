// FizzBuzz en français avec SELON et POUR
POUR i = 1 À 15
	SELON Vrai
		CAS i % 15 = 0 : Trace("FizzBuzz")
		CAS i % 3 = 0 : Trace("Fizz")
		CAS i % 5 = 0 : Trace("Buzz")
		AUTRE CAS : Trace(i)
	FIN
FIN
// expect: 1
// expect: 2
// expect: Fizz
// expect: 4
// expect: Buzz
// expect: Fizz
// expect: 7
// expect: 8
// expect: Fizz
// expect: Buzz
// expect: 11
// expect: Fizz
// expect: 13
// expect: 14
// expect: FizzBuzz
