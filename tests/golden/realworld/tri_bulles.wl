// Tri à bulles d'un tableau d'entiers, puis d'un tableau de structures par nom
tabNotes est un tableau de entiers = [14, 3, 18, 9, 11]
TriBulles(tabNotes)
sAff est une chaîne
POUR TOUT n DE tabNotes
    sAff += [" "] + n
FIN
Trace(sAff) // expect: 3 9 11 14 18

STPersonne est une structure
    Nom est une chaîne
    Age est un entier
FIN
tabPers est un tableau de STPersonne
p est un STPersonne
p.Nom = "Martin" ; p.Age = 41 ; TableauAjoute(tabPers, p)
p.Nom = "Bernard" ; p.Age = 29 ; TableauAjoute(tabPers, p)
p.Nom = "Durand" ; p.Age = 35 ; TableauAjoute(tabPers, p)

bÉchange est un booléen = Vrai
TANTQUE bÉchange
    bÉchange = Faux
    POUR i = 1 À tabPers..Occurrence - 1
        SI tabPers[i].Nom > tabPers[i + 1].Nom ALORS
            stTmp est un STPersonne = tabPers[i]
            tabPers[i] = tabPers[i + 1]
            tabPers[i + 1] = stTmp
            bÉchange = Vrai
        FIN
    FIN
FIN
POUR TOUT stP DE tabPers
    Trace(stP.Nom + " (" + stP.Age + " ans)")
FIN
// expect: Bernard (29 ans)
// expect: Durand (35 ans)
// expect: Martin (41 ans)

PROCÉDURE TriBulles(tab est un tableau de entiers)
nTaille est un entier = tab..Occurrence
POUR i = 1 À nTaille - 1
    POUR j = 1 À nTaille - i
        SI tab[j] > tab[j + 1] ALORS
            nTmp est un entier = tab[j]
            tab[j] = tab[j + 1]
            tab[j + 1] = nTmp
        FIN
    FIN
FIN
