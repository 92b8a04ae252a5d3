// Montant en toutes lettres (chèques, factures) jusqu'à 999 999
gtabUnités est un tableau de chaînes = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", ...
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
gtabDizaines est un tableau de chaînes = ["", "vingt", "trente", "quarante", "cinquante", "soixante", "", "quatre-vingt", ""]

tabTests est un tableau de entiers = [0, 7, 16, 21, 42, 70, 71, 80, 91, 99, 100, 180, 201, 300, 1000, 2025, 999999]
POUR TOUT n DE tabTests
    Trace(n + " : " + EnLettres(n))
FIN
// expect: 0 : zéro
// expect: 7 : sept
// expect: 16 : seize
// expect: 21 : vingt et un
// expect: 42 : quarante-deux
// expect: 70 : soixante-dix
// expect: 71 : soixante et onze
// expect: 80 : quatre-vingts
// expect: 91 : quatre-vingt-onze
// expect: 99 : quatre-vingt-dix-neuf
// expect: 100 : cent
// expect: 180 : cent quatre-vingts
// expect: 201 : deux cent un
// expect: 300 : trois cents
// expect: 1000 : mille
// expect: 2025 : deux mille vingt-cinq
// expect: 999999 : neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf
Trace(Majuscule(EnLettres(1515)) + " EUROS") // expect: MILLE CINQ CENT QUINZE EUROS

PROCÉDURE EnLettres(n est un entier) : chaîne
SI n = 0 ALORS RENVOYER "zéro"
nMille est un entier = PartieEntière(n / 1000)
nReste est un entier = n % 1000
sRés est une chaîne
SI nMille = 1 ALORS
    sRés = "mille"
SINON SI nMille > 1 ALORS
    sRés = MoinsDeMille(nMille) + " mille"
FIN
SI nReste > 0 ALORS sRés += [" "] + MoinsDeMille(nReste)
RENVOYER sRés

PROCÉDURE MoinsDeMille(n est un entier) : chaîne
nCent est un entier = PartieEntière(n / 100)
nReste est un entier = n % 100
sRés est une chaîne
SI nCent = 1 ALORS
    sRés = "cent"
SINON SI nCent > 1 ALORS
    sRés = gtabUnités[nCent] + " cent"
    SI nReste = 0 ALORS sRés += "s"
FIN
SI nReste > 0 ALORS sRés += [" "] + MoinsDeCent(nReste)
RENVOYER sRés

PROCÉDURE MoinsDeCent(n est un entier) : chaîne
SI n < 20 ALORS RENVOYER gtabUnités[n]
nDiz est un entier = PartieEntière(n / 10)
nUni est un entier = n % 10
SI nDiz = 7 OU nDiz = 9 ALORS
    SI nDiz = 7 ET nUni = 1 ALORS RENVOYER "soixante et onze"
    RENVOYER gtabDizaines[nDiz - 1] + "-" + gtabUnités[10 + nUni]
FIN
sRés est une chaîne = gtabDizaines[nDiz]
SELON nUni
    CAS 0 : SI nDiz = 8 ALORS sRés += "s"
    CAS 1 : SI nDiz = 8 ALORS sRés += "-un" SINON sRés += " et un"
    AUTRE CAS : sRés += "-" + gtabUnités[nUni]
FIN
RENVOYER sRés
