// an enumeration's or a combination's value declared twice (any case): WL105 at the
// second, which WINDEV's compiler refuses; it was silent, and E.Walk was the second
Trace(EPost.Walk, ERights.Read)
EPost is an Enumeration
    Walk = 1
    Bike = 2
    walk = 3 // error: WL105:5 the value 'walk' of the enumeration EPost is declared twice
END
ERights is a Combination
    Read
    Write
    READ // error: WL105:5 the value 'READ' of the combination ERights is declared twice
END
