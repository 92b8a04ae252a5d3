// DANS (...) et PAS DANS (...)
jour est une chaîne = "samedi"
SI jour DANS ("samedi", "dimanche") ALORS Trace("week-end") // expect: week-end
SI jour PAS DANS ("lundi", "mardi") ALORS Trace("pas lundi ni mardi") // expect: pas lundi ni mardi
