// le ..Occurrence d'une zipArchive se lit seulement : lui donner une valeur arrête (WL106 dans
// wl check, avec les mots de l'exécution) ; docs/builtins.md "Archives" (INFERRED)
MonArchive est une zipArchive
MonArchive..Occurrence = 5 // expect error: A zipArchive's Occurrence is read, never assigned: it is how many files the archive holds (zipAddFile, zipDeleteFile change it)
