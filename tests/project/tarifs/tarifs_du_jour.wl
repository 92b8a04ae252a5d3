// Affiche les prix du jour depuis le fichier INI des tarifs (créé ici pour l'exemple)
gsFichierTarifs = fRepTemp() + "/tarifs_" + DonneIdentifiant() + ".ini"
INIEcrit("Prix", "A-100", "10", gsFichierTarifs)
INIEcrit("Prix", "N-200", "50", gsFichierTarifs)
Trace(ChargeGrille() + " prix chargés")
POUR TOUT mPrix, sRéf DE gtaGrille
	Trace(sRéf + " : " + PrixNet(sRéf, 20))
FIN
fSupprime(gsFichierTarifs)
