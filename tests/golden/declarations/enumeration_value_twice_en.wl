// An enumeration's value declared twice (any case) is refused before the program runs,
// as WINDEV's compiler refuses a name declared twice (docs/check.md WL105); the run
// gave EPost.Walk the second one's spelling and value.
Trace(EPost.Walk)
EPost is an Enumeration
    Walk = 1
    Bike = 2
    WALK = 3 // expect error: the value 'WALK' of the enumeration EPost is declared twice
END
