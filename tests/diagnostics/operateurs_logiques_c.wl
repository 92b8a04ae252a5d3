// Les opérateurs logiques du C dans une condition (code porté de C#, Java ou JavaScript,
// et WLangage écrit de mémoire) : le WLangage les compile en autre chose, sans rien dire.
// `a = 1 && b = 2` est `a = (1 & &b) = 2` (un ET binaire avec l'adresse de b) et `a = 1 ||
// b = 2` est `a = (1 || b) = 2` (`||` est le OU exclusif binaire, ?1512009) : wl check
// avertit (WL224) et nomme les opérateurs logiques. `||` entre deux nombres reste le OU
// exclusif, sans un mot. Le `&` de Visual Basic qui joint des textes est aussi le ET binaire.
nQté est un entier = 1
nStock est un entier = 2
SI nQté = 1 && nStock = 2 ALORS Trace("les deux") // warning: WL224:13 '&&' is no logical operator in WLanguage: here it is a binary AND (&) with the address (&) of what follows; a logical AND is written AND (ET), or _AND_ (_ET_)
SI nQté = 1 || nStock = 3 ALORS Trace("l'un") // warning: WL224:13 '||' is no logical operator in WLanguage: here it is WLanguage's binary exclusive OR (?1512009), read before the comparisons around it; a logical OR is written OR (OU), or _OR_ (_OU_)
SI (nQté = 1) || (nStock = 3) ALORS Trace("l'un") // warning: WL224:15 '||' is no logical operator in WLanguage: here it is WLanguage's binary exclusive OR (?1512009); a logical OR is written OR (OU), or _OR_ (_OU_)
SI nQté = 1 & &nStock ALORS Trace("adresse") // warning: WL224:13 '& &' is no logical operator in WLanguage: here it is a binary AND (&) with the address (&) of what follows; a logical AND is written AND (ET), or _AND_ (_ET_)
Trace(nQté || nStock, 12 || 10)
sNom est une chaîne = "Dupont"
sComplet est une chaîne = "M. " & sNom // warning: WL224:33 '&' is WLanguage's binary AND (?1512009), not Visual Basic's concatenation: texts are joined with +
Trace(sComplet)
