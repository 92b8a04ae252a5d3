// Code métier (méthode b, sans page) : un .ini de poste aux sections et clés accentuées
// (un commentaire en tête, une ligne vide entre les sections), lu par INILit puis réécrit
// par INIEcrit avec la même valeur : le fichier reste octet pour octet le même ; une
// vraie modification ne touche que sa ligne. Passe tel quel. Jumeau anglais
// ini_accented_sections_en.wl.
sF est une chaîne = fRepTemp() + ["\"] + "wl_golden_ini_" + Hasard(1, 99999999) + ".ini"
sTexte est une chaîne = "; réglages du poste" + RC + "[Général]" + RC + "Société=Établissements Hérault" + RC + "Dossier=C:\Données\Compta" + RC + RC + "[Impression]" + RC + "Imprimante=Bureau été" + RC + "Marges=10" + RC
fSauveTexte(sF, sTexte)
Trace(INILit("Général", "Société", "", sF)) // expect: Établissements Hérault
Trace(INILit("Impression", "Imprimante", "", sF)) // expect: Bureau été
INIEcrit("Impression", "Marges", "10", sF)
Trace(fChargeTexte(sF) = sTexte) // expect: 1
INIEcrit("Impression", "Marges", "12", sF)
Trace(INILit("Impression", "Marges", "", sF)) // expect: 12
Trace(fChargeTexte(sF) = Remplace(sTexte, "Marges=10", "Marges=12")) // expect: 1
Trace(Remplace(INILit("Général", "", "", sF), RC, "|")) // expect: Société|Dossier
fSupprime(sF)
