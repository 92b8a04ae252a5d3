// Contrôle de robustesse d'un mot de passe (parcours caractère par caractère)
Trace(ForceMotDePasse("abc"))            // expect: faible : trop court (3 < 8)
Trace(ForceMotDePasse("abcdefgh"))       // expect: faible (score 1)
Trace(ForceMotDePasse("Abcdefg1"))       // expect: moyen (score 3)
Trace(ForceMotDePasse("Abcdef1!"))       // expect: fort (score 4)
Trace(ForceMotDePasse("  Az9#    "))     // expect: faible : trop court (4 < 8)

sSaisi est une chaîne = "secret"
Masque(sSaisi)
Trace(sSaisi) // expect: secret

PROCÉDURE ForceMotDePasse(LOCAL sMdp est une chaîne = "")
CONSTANTE
    TAILLE_MIN = 8
FIN
sMdp = SansEspace(sMdp)
SI Taille(sMdp) < TAILLE_MIN ALORS
    RENVOYER ChaîneConstruit("faible : trop court (%1 < %2)", Taille(sMdp), TAILLE_MIN)
FIN
bMaj, bMin, bChiffre, bSpécial sont des booléens
POUR i = 1 _À_ Taille(sMdp)
    sCar est une chaîne = sMdp[[i]]
    SI Asc(sCar) >= Asc("A") ET Asc(sCar) <= Asc("Z") ALORS
        bMaj = Vrai
    SINON SI Asc(sCar) >= 97 _ET_ Asc(sCar) <= 122 ALORS
        bMin = Vrai
    SINON SI Asc(sCar) >= Asc("0") ET Asc(sCar) <= Asc("9") ALORS
        bChiffre = Vrai
    SINON
        bSpécial = Vrai
    FIN
FIN
nScore est un entier = bMaj + bMin + bChiffre + bSpécial
SELON nScore
    CAS 4 : RENVOYER "fort (score 4)"
    CAS 3 : RENVOYER "moyen (score 3)"
    AUTRE CAS : RENVOYER "faible (score " + nScore + ")"
FIN

// Le paramètre LOCAL est une copie : l'appelant garde sa valeur
PROCEDURE Masque(LOCAL s est une chaîne)
s = Répète("*", Taille(s))
