// instructions que le code d'un bouton inclut avec EXTERNE
sChamp est une chaîne = "BTN_1"
nNombre est un entier = 4
Trace("inclus " + sChamp)

PROCÉDURE Double(n est un entier)
RENVOYER n * 2
