// Une plage de MesParamètres passée à un appel vaut autant d'arguments (décidé : le code
// réel transmet ainsi ses paramètres, `ExécuteTraitement(nom, trtProcédure, MesParamètres[2 A])`)
Trace(Relais("x", 3, 4))   // expect: x:7
Trace(Relais("y", 10))   // expect: y:11
Trace(Transmet("Produit", 2, 3, 4))   // expect: 24
Trace(Méthode(5, 6))   // expect: 30
Trace(Relais("z", 1, 2, 3))
// expect error: Somme2 expects 1 to 2 parameter(s) but received 3 (MyParameters passed on)

Calcul est une Classe
FIN

PROCÉDURE Calcul::Multiplie(a est un entier, b est un entier)
RENVOYER a * b

PROCÉDURE Méthode(*)
c est un Calcul
RENVOYER c.Multiplie(MesParamètres[1 A 2])

PROCÉDURE Relais(sNom, *)
RENVOYER sNom + ":" + Somme2(MesParamètres[2 A])

PROCÉDURE Somme2(a est un entier, b est un entier = 1)
RENVOYER a + b

PROCÉDURE Transmet(sNom, *)
RENVOYER ExécuteTraitement(sNom, trtProcédure, MesParamètres[2 A])

PROCÉDURE Produit(*)
p est un entier = 1
POUR i = 1 _À_ MesParamètres..Occurrence
    p = p * MesParamètres[i]
FIN
RENVOYER p
