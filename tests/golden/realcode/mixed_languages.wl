// real code mixes dictionaries and case: si ... ALORS ... else ... FIN
nTotal is int
POUR i = 1 à 4
    si i % 2 = 0 ALORS
        nTotal += i
    else
        nTotal = nTotal + 10
    FiN
END
Trace("Total: " + nTotal) // expect: Total: 26
PROCÉDURE Inutile()
