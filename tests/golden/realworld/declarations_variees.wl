// Formes de déclaration vues dans du code réel
GLOBAL
    gsAppli est une chaîne = "GestCom"
    gnVersion est un entier = 3
LOCAL
    n, j sont des entiers = 0
    sNom, sPrénom sont des chaînes
    nGrand est un entier sur 8 octets
    x is 8-byte int
    rTaux est un réel = 2.5
    bActif est un booléen = Vrai
    mPrix est un monétaire = 19.90
    taOptions est un tableau associatif de booléens

Trace(gsAppli + " v" + gnVersion)       // expect: GestCom v3
Trace(n, j)                             // expect: 0, 0
sNom = "Curie" ; sPrénom = "Marie"
Trace(sPrénom + " " + sNom)             // expect: Marie Curie
nGrand = 3000000000
x = nGrand * 2
Trace(nGrand, x)                        // expect: 3000000000, 6000000000
Trace(rTaux * 2, bActif, mPrix)         // expect: 5, 1, 19.9

taOptions["export"] = Vrai
taOptions["debug"] = Faux
SI taOptions["export"] ET PAS taOptions["debug"] ALORS Trace("export seul") // expect: export seul

// l'entier sur 4 octets boucle au-delà de 2^31 - 1
nPetit est un entier = 2147483647
nPetit++
Trace(nPetit)                            // expect: -2147483648

// un réel stocké dans un entier est tronqué
j = 7.9
Trace(j)                                 // expect: 7
n = -7.9
Trace(n)                                 // expect: -7

soit sVille = "Lyon"
soit nCode = 69001
Trace(sVille + " " + nCode)             // expect: Lyon 69001
