// instructions que le code d'un bouton inclut avec EXTERNE
sChamp est une chaîne = "BTN_1"
Trace("inclus " + sChamp)
