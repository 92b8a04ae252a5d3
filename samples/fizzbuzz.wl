// FizzBuzz with SWITCH, a procedure returning a string, and an array.
results is array of strings
FOR n = 1 TO 15
    ArrayAdd(results, Label(n))
END
Trace(results[3], results[5], results[15], ArrayCount(results))

PROCEDURE Label(n is int) : string
SWITCH 0
    CASE n % 15: RESULT "FizzBuzz"
    CASE n % 3: RESULT "Fizz"
    CASE n % 5: RESULT "Buzz"
    OTHER CASE: RESULT n
END
