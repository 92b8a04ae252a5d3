// Hello in both languages: English and French keywords mix freely.
sName is string = "monde"
FOR i = 1 TO 3
    SI i = 1 ALORS
        Trace("Bonjour " + sName)
    ELSE
        Trace("Hello again (" + i + ")")
    FIN
END
