// Style des fichiers texte WINDEV : guillemets typographiques, "..." en fin de ligne, ";"
sTitre est une chaîne = “Bon de commande”;
sClient est une chaîne = “SARL Dupont & Fils”;
nQte est un entier = 12;
mPU est un monétaire = 7.5;

sMessage est une chaîne = ChaîneConstruit(“%1 pour %2 : %3 x %4 = %5 EUR”, ...
    sTitre, ...
    sClient, ...
    nQte, mPU, ...  // quantité et prix unitaire
    nQte * mPU)
Trace(sMessage) // expect: Bon de commande pour SARL Dupont & Fils : 12 x 7.5 = 90 EUR

Info(“Commande enregistrée”, ...
     “Client : ” + sClient)
// expect: Commande enregistrée
// expect: Client : SARL Dupont & Fils

SI nQte > 10 ...
    ET mPU < 10 ALORS
    Trace(“remise volume”); // expect: remise volume
FIN

Trace("Il a dit ""bonjour""") // expect: Il a dit "bonjour"
Trace("Prix : " + mPU); Trace("Qté : " + nQte)
// expect: Prix : 7.5
// expect: Qté : 12
