// Dossier de livraison : chaque fichier reçoit un fichier compagnon « <nom>.sha256 » au
// format de sha256sum (« <hexa>  <nom> »), écrit à l'export ; le destinataire recalcule
// et compare ; un fichier altéré en route est signalé. Mots-clés en majuscules, comme
// certaines équipes les écrivent ; une section GLOBAL fermée par LOCAL. Méthode b, FS 6
// déc. 2026 : passe tel qu'écrit (l'empreinte est celle de sha256sum). Jumeau anglais
// sha256_sidecars_en.wl.
GLOBAL
	gsSortie EST UNE CHAÎNE
LOCAL
gsSortie = ComplèteRep(fRepTemp()) + "wl_livraison_" + DonneIdentifiant()
fRepCrée(gsSortie)
fSauveTexte(gsSortie + "\orders.csv", "id;qty" + RC + "1;4" + RC + "2;9" + RC)
fSauveTexte(gsSortie + "\clients.csv", "id;nom" + RC + "1;Élodie" + RC, foUTF8)
bImage EST UN Buffer = HexaVersBuffer("89504E470D0A1A0A0000000D49484452")
fSauveBuffer(gsSortie + "\logo.png", bImage)

nÉcrits EST UN ENTIER = ÉcritEmpreintes(gsSortie)
TRACE("empreintes écrites", nÉcrits) // expect: empreintes écrites, 3
TRACE(SansEspace(fChargeTexte(gsSortie + "\orders.csv.sha256"), sscExtérieur, LF)) // expect: 89a83997187f476de57754651c0e540cd7cc1dc1063ddf3d0528c9c141d566de  orders.csv
// altération : une quantité changée après l'écriture de l'empreinte
fSauveTexte(gsSortie + "\orders.csv", "id;qty" + RC + "1;5" + RC + "2;9" + RC)
tabAltérés EST UN TABLEAU DE CHAÎNES = VérifieEmpreintes(gsSortie)
TRACE("altérés :", TableauVersChaîne(tabAltérés, ", ")) // expect: altérés :, orders.csv
fRepSupprime(gsSortie, frRécursif)

PROCÉDURE ÉcritEmpreintes(LOCAL sDossier EST UNE CHAÎNE) : ENTIER
nNombre EST UN ENTIER
POUR TOUTE CHAÎNE sFichier DE fListeFichier(sDossier + "\*.*", frNonRécursif) SÉPARÉE PAR RC
	SI sFichier ~= "" OU Minuscule(fExtraitChemin(sFichier, fExtension)) = ".sha256" ALORS CONTINUER
	sHexa EST UNE CHAÎNE = Minuscule(BufferVersHexa(HashFichier(HA_SHA_256, sFichier), SansRegroupement, SansLigne))
	fSauveTexte(sFichier + ".sha256", sHexa + "  " + fExtraitChemin(sFichier, fFichier + fExtension) + LF)
	nNombre++
FIN
RENVOYER nNombre

PROCÉDURE VérifieEmpreintes(LOCAL sDossier EST UNE CHAÎNE) : tableau de chaînes
tabRésultat EST UN TABLEAU DE CHAÎNES
POUR TOUTE CHAÎNE sCompagnon DE fListeFichier(sDossier + "\*.sha256", frNonRécursif) SÉPARÉE PAR RC
	SI sCompagnon = "" ALORS CONTINUER
	sLigne EST UNE CHAÎNE = ExtraitChaîne(fChargeTexte(sCompagnon), 1, LF)
	sAttendue EST UNE CHAÎNE = ExtraitChaîne(sLigne, 1, " ")
	sNom EST UNE CHAÎNE = ExtraitChaîne(sLigne, 3, " ")
	sRéelle EST UNE CHAÎNE = Minuscule(BufferVersHexa(HashFichier(HA_SHA_256, fExtraitChemin(sCompagnon, fDisque + fRépertoire) + sNom), SansRegroupement, SansLigne))
	SI sRéelle <> sAttendue ALORS TableauAjoute(tabRésultat, sNom)
FIN
RENVOYER tabRésultat
