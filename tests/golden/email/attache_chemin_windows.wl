// Un fichier attaché par son chemin écrit à la manière de Windows (`sRep + "\rapport.txt"`,
// comme l'écrit le code porté) est lu comme les fonctions de fichiers lisent ce chemin
// (docs/builtins.md "Windows paths on POSIX"), quand le message est construit ou envoyé, et
// par m.Attache[n].Contenu. Sous Linux il ne pouvait pas être lu : EmailConstruitSource
// donnait 0 ("cannot read the attached file").
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_attache_cheminwin_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\rapport.txt", "chiffres du trimestre")
m est un Email
m.Expediteur = "anne@example.org"
Ajoute(m.Destinataire, "bob@example.org")
m.Sujet = "Chiffres"
m.Attache[1] = sRep + "\rapport.txt"
Trace(m.Attache[1].Contenu) // expect: chiffres du trimestre
Trace(EmailConstruitSource(m), ErreurDétectée) // expect: 1, 0
r est un Email
r.Source = m.Source
Trace(EmailImporteSource(r), TableauOccurrence(r.Attache), r.Attache[1], r.Attache[1].Contenu) // expect: 1, 1, rapport.txt, chiffres du trimestre
m.Attache[1] = sRep + "\absent.txt"
Trace(EmailConstruitSource(m), ErreurDétectée) // expect: 0, 1
fSupprime(sRep + "\rapport.txt")
fRepSupprime(sRep)
