// Un même bloc mêle les deux dictionnaires, la casse et les accents varient
Procédure_Principale()

PROCEDURE Procédure_Principale()
tabMots is array of chaines = ["Été", "hiver", "PRINTEMPS", "automne"]
nLongs est un ENTIER
sListe is string

Pour Tout sMot DE tabMots
    si Taille(sMot) > 5 ALORS
        nLongs++
        sListe += [", "] + Lower(sMot)
    else
        Trace("court : " + sMot)
    FiN
end
// expect: court : Été
// expect: court : hiver
Trace(nLongs + " longs : " + sListe) // expect: 2 longs : printemps, automne

i est un entier = 0
Boucle
    i += 3
    IF i > 10 alors sortir
FIN
trace("i = " + i) // expect: i = 12

bOk est un booleen = Vrai
TantQue bOk AND i > 0
    i -= 5
    si i < 0 then bOk = FAUX
END
Trace(i, bOk) // expect: -3, 0

sRésultat est une chaine = Classe(15)
Trace(sRésultat) // expect: moyen
Trace(classe(2), CLASSE(99)) // expect: petit, grand

PROCÉDURE Classe(n est un entier) : chaîne
switch n
    cas < 10 : result "petit"
    CASE 10 À 50
        RENVOYER "moyen"
    AUTRE CAS
        RESULT "grand"
FIN
