// Un texte donné à une partie d'une Date, Heure ou DateHeure en est les chiffres : dans
// les bornes de la partie (DateHeureValide ?1000020940) il la fixe, hors d'elles c'est une
// erreur (INFERRED, docs/semantics.md "A text given to a part") ; `dh.Heure = "2100"`
// reportait 2100 heures 87 jours plus loin. Un nombre reporte toujours.
dhRéunion est une DateHeure = "20240115103000"
dhRéunion.Heure = "21"
Trace(dhRéunion) // expect: 20240115213000000
dhRéunion.Heure = 25
Trace(dhRéunion) // expect: 20240116013000000
dhRéunion.Heure = "2100" // expect error: it is no hour (0 to 23); give a number to carry into the larger units, or set the whole time with ..Time (..PartieHeure)
