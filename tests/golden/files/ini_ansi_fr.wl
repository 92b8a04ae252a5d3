// INIEcrit écrit un nouveau fichier INI, et un fichier dont tous les octets sont ASCII, en
// ANSI (Windows-1252), comme l'API de profils de Windows sur laquelle INIEcrit repose : elle
// ne crée jamais de fichier INI Unicode. "Société" y entrait en UTF-8 (C3 A9), que Windows
// et WINDEV relisaient "SociÃ©tÃ©". Un fichier déjà en UTF-8 (sans marque, accents en
// UTF-8 : écrit sous Linux) reste en UTF-8 ; un caractère que l'ANSI ne peut pas contenir
// est refusé en toutes lettres, pas écrit '?' (*décidé* 6 déc. 2026, INFERRED :
// docs/builtins.md "INI files"). Jumeau anglais ini_ansi_en.wl.
sDossier est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_iniansi_fr_" + Hasard(1, 999999999)
fRepCrée(sDossier)
// un fichier tout ASCII, comme l'écrit un éditeur de texte ou un installateur
sAscii est une chaîne = sDossier + "\appli.ini"
fSauveTexte(sAscii, "[Entreprise]" + RC + "Code=ACME" + RC)
Trace(INIÉcrit("Entreprise", "Nom", "Crédit Agricole", sAscii)) // expect: 1
Trace(BufferVersHexa(fChargeBuffer(sAscii)[[30 TO 32]])) // expect: 43 72 E9
Trace(INILit("Entreprise", "Nom", "", sAscii)) // expect: Crédit Agricole
Trace(INILit("ENTREPRISE", "nom", "", sAscii)) // expect: Crédit Agricole
// un nouveau fichier
sNouveau est une chaîne = sDossier + "\nouveau.ini"
INIEcrit("Facture", "Devise", "€", sNouveau)
bufNouveau est un Buffer = fChargeBuffer(sNouveau)
Trace(Taille(bufNouveau), BufferVersHexa(bufNouveau[[18 TO 21]])) // expect: 21, 3D 80 0D 0A
Trace(INILit("Facture", "Devise", "", sNouveau)) // expect: €
// un fichier déjà en UTF-8 (accents en UTF-8, sans marque d'ordre des octets) reste en UTF-8
sUtf8 est une chaîne = sDossier + "\linux.ini"
fSauveBuffer(sUtf8, ChaîneVersUTF8("[Société]" + RC + "Ville=Liège" + RC))
INIÉcrit("Société", "Rue", "Rue de l'Église", sUtf8)
Trace(UTF8VersChaîne(fChargeBuffer(sUtf8)) = "[Société]" + RC + "Ville=Liège" + RC + "Rue=Rue de l'Église" + RC) // expect: 1
// un caractère que l'ANSI ne peut pas contenir : refusé, le fichier inchangé
Trace(INIEcrit("Entreprise", "Devise2", "Ωméga", sAscii)) // expect: 0
Trace(ErreurDétectée) // expect: 1
Trace(Contient(ErreurInfo(), "U+03A9")) // expect: 1
Trace(INILit("Entreprise", "Devise2", "aucune", sAscii)) // expect: aucune
fSupprime(sAscii)
fSupprime(sNouveau)
fSupprime(sUtf8)
fRepSupprime(sDossier)
