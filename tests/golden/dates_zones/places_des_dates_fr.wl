// Produit par tests/golden/value_places.py : Dates, Heures, DateHeures et Durées rangés dans
// chaque sorte de place, par les mêmes opérations ; chaque ligne attend ce
// qu'une variable locale affiche.
// date rangé dans : local
x_datelocal est une Date = "20250301"
Trace(x_datelocal + 1) // expect: 20250302
Trace(x_datelocal - 1) // expect: 20250228
Trace(x_datelocal > "20250228") // expect: 1
Trace(x_datelocal = "20250301") // expect: 1
Trace(x_datelocal..Jour) // expect: 1
Trace(x_datelocal..Mois) // expect: 3
Trace(DateVersChaîne(x_datelocal)) // expect: 01/03/2025
Trace(TypeVar(x_datelocal)) // expect: 24
Trace(x_datelocal) // expect: 20250301
x_datelocal..Jour += 40
Trace(x_datelocal) // expect: 20250410
x_datelocal += 1
Trace(x_datelocal) // expect: 20250411
// date rangé dans : struct
ST_datestruct est une Structure
	m est une Date
FIN
st_datestruct est un ST_datestruct
st_datestruct.m = "20250301"
Trace(st_datestruct.m + 1) // expect: 20250302
Trace(st_datestruct.m - 1) // expect: 20250228
Trace(st_datestruct.m > "20250228") // expect: 1
Trace(st_datestruct.m = "20250301") // expect: 1
Trace(st_datestruct.m..Jour) // expect: 1
Trace(st_datestruct.m..Mois) // expect: 3
Trace(DateVersChaîne(st_datestruct.m)) // expect: 01/03/2025
Trace(TypeVar(st_datestruct.m)) // expect: 24
Trace(st_datestruct.m) // expect: 20250301
st_datestruct.m..Jour += 40
Trace(st_datestruct.m) // expect: 20250410
st_datestruct.m += 1
Trace(st_datestruct.m) // expect: 20250411
// date rangé dans : array
arr_datearray est un tableau de 2 Date
arr_datearray[1] = "20250301"
Trace(arr_datearray[1] + 1) // expect: 20250302
Trace(arr_datearray[1] - 1) // expect: 20250228
Trace(arr_datearray[1] > "20250228") // expect: 1
Trace(arr_datearray[1] = "20250301") // expect: 1
Trace(arr_datearray[1]..Jour) // expect: 1
Trace(arr_datearray[1]..Mois) // expect: 3
Trace(DateVersChaîne(arr_datearray[1])) // expect: 01/03/2025
Trace(TypeVar(arr_datearray[1])) // expect: 24
Trace(arr_datearray[1]) // expect: 20250301
arr_datearray[1]..Jour += 40
Trace(arr_datearray[1]) // expect: 20250410
arr_datearray[1] += 1
Trace(arr_datearray[1]) // expect: 20250411
// date rangé dans : dynarray
arr_datedynarray est un tableau de Date
TableauAjoute(arr_datedynarray, "20250301")
Trace(arr_datedynarray[1] + 1) // expect: 20250302
Trace(arr_datedynarray[1] - 1) // expect: 20250228
Trace(arr_datedynarray[1] > "20250228") // expect: 1
Trace(arr_datedynarray[1] = "20250301") // expect: 1
Trace(arr_datedynarray[1]..Jour) // expect: 1
Trace(arr_datedynarray[1]..Mois) // expect: 3
Trace(DateVersChaîne(arr_datedynarray[1])) // expect: 01/03/2025
Trace(TypeVar(arr_datedynarray[1])) // expect: 24
Trace(arr_datedynarray[1]) // expect: 20250301
arr_datedynarray[1]..Jour += 40
Trace(arr_datedynarray[1]) // expect: 20250410
arr_datedynarray[1] += 1
Trace(arr_datedynarray[1]) // expect: 20250411
// date rangé dans : assoc
aa_dateassoc est un tableau associatif de Date
aa_dateassoc["k"] = "20250301"
Trace(aa_dateassoc["k"] + 1) // expect: 20250302
Trace(aa_dateassoc["k"] - 1) // expect: 20250228
Trace(aa_dateassoc["k"] > "20250228") // expect: 1
Trace(aa_dateassoc["k"] = "20250301") // expect: 1
Trace(aa_dateassoc["k"]..Jour) // expect: 1
Trace(aa_dateassoc["k"]..Mois) // expect: 3
Trace(DateVersChaîne(aa_dateassoc["k"])) // expect: 01/03/2025
Trace(TypeVar(aa_dateassoc["k"])) // expect: 24
Trace(aa_dateassoc["k"]) // expect: 20250301
aa_dateassoc["k"]..Jour += 40
Trace(aa_dateassoc["k"]) // expect: 20250410
aa_dateassoc["k"] += 1
Trace(aa_dateassoc["k"]) // expect: 20250411
// date rangé dans : assoc_struct
ST_dateassocstruct est une Structure
	m est une Date
FIN
aa_dateassocstruct est un tableau associatif de ST_dateassocstruct
aa_dateassocstruct["k"].m = "20250301"
Trace(aa_dateassocstruct["k"].m + 1) // expect: 20250302
Trace(aa_dateassocstruct["k"].m - 1) // expect: 20250228
Trace(aa_dateassocstruct["k"].m > "20250228") // expect: 1
Trace(aa_dateassocstruct["k"].m = "20250301") // expect: 1
Trace(aa_dateassocstruct["k"].m..Jour) // expect: 1
Trace(aa_dateassocstruct["k"].m..Mois) // expect: 3
Trace(DateVersChaîne(aa_dateassocstruct["k"].m)) // expect: 01/03/2025
Trace(TypeVar(aa_dateassocstruct["k"].m)) // expect: 24
Trace(aa_dateassocstruct["k"].m) // expect: 20250301
aa_dateassocstruct["k"].m..Jour += 40
Trace(aa_dateassocstruct["k"].m) // expect: 20250410
aa_dateassocstruct["k"].m += 1
Trace(aa_dateassocstruct["k"].m) // expect: 20250411
// date rangé dans : class_dot
C_dateclassdot est une Classe
	m est une Date
FIN
o_dateclassdot est un C_dateclassdot
o_dateclassdot.m = "20250301"
Trace(o_dateclassdot.m + 1) // expect: 20250302
Trace(o_dateclassdot.m - 1) // expect: 20250228
Trace(o_dateclassdot.m > "20250228") // expect: 1
Trace(o_dateclassdot.m = "20250301") // expect: 1
Trace(o_dateclassdot.m..Jour) // expect: 1
Trace(o_dateclassdot.m..Mois) // expect: 3
Trace(DateVersChaîne(o_dateclassdot.m)) // expect: 01/03/2025
Trace(TypeVar(o_dateclassdot.m)) // expect: 24
Trace(o_dateclassdot.m) // expect: 20250301
o_dateclassdot.m..Jour += 40
Trace(o_dateclassdot.m) // expect: 20250410
o_dateclassdot.m += 1
Trace(o_dateclassdot.m) // expect: 20250411
// date rangé dans : class_loop
C_dateclassloop est une Classe
	m est une Date
FIN
o_dateclassloop est un C_dateclassloop
o_dateclassloop.m = "20250301"
POUR i_dateclassloop = 1 _À_ 1
	Trace(o_dateclassloop.m + 1) // expect: 20250302
	Trace(o_dateclassloop.m - 1) // expect: 20250228
	Trace(o_dateclassloop.m > "20250228") // expect: 1
	Trace(o_dateclassloop.m = "20250301") // expect: 1
	Trace(o_dateclassloop.m..Jour) // expect: 1
	Trace(o_dateclassloop.m..Mois) // expect: 3
	Trace(DateVersChaîne(o_dateclassloop.m)) // expect: 01/03/2025
	Trace(TypeVar(o_dateclassloop.m)) // expect: 24
	Trace(o_dateclassloop.m) // expect: 20250301
	o_dateclassloop.m..Jour += 40
	Trace(o_dateclassloop.m) // expect: 20250410
	o_dateclassloop.m += 1
	Trace(o_dateclassloop.m) // expect: 20250411
FIN
// date rangé dans : global_member
C_dateglobalmember est une Classe
	GLOBAL g est une Date
FIN
C_dateglobalmember::g = "20250301"
Trace(C_dateglobalmember::g + 1) // expect: 20250302
Trace(C_dateglobalmember::g - 1) // expect: 20250228
Trace(C_dateglobalmember::g > "20250228") // expect: 1
Trace(C_dateglobalmember::g = "20250301") // expect: 1
Trace(C_dateglobalmember::g..Jour) // expect: 1
Trace(C_dateglobalmember::g..Mois) // expect: 3
Trace(DateVersChaîne(C_dateglobalmember::g)) // expect: 01/03/2025
Trace(TypeVar(C_dateglobalmember::g)) // expect: 24
Trace(C_dateglobalmember::g) // expect: 20250301
C_dateglobalmember::g..Jour += 40
Trace(C_dateglobalmember::g) // expect: 20250410
C_dateglobalmember::g += 1
Trace(C_dateglobalmember::g) // expect: 20250411
// date rangé dans : global_dot
C_dateglobaldot est une Classe
	GLOBAL g est une Date
FIN
C_dateglobaldot.g = "20250301"
Trace(C_dateglobaldot.g + 1) // expect: 20250302
Trace(C_dateglobaldot.g - 1) // expect: 20250228
Trace(C_dateglobaldot.g > "20250228") // expect: 1
Trace(C_dateglobaldot.g = "20250301") // expect: 1
Trace(C_dateglobaldot.g..Jour) // expect: 1
Trace(C_dateglobaldot.g..Mois) // expect: 3
Trace(DateVersChaîne(C_dateglobaldot.g)) // expect: 01/03/2025
Trace(TypeVar(C_dateglobaldot.g)) // expect: 24
Trace(C_dateglobaldot.g) // expect: 20250301
C_dateglobaldot.g..Jour += 40
Trace(C_dateglobaldot.g) // expect: 20250410
C_dateglobaldot.g += 1
Trace(C_dateglobaldot.g) // expect: 20250411
// date rangé dans : global_obj
C_dateglobalobj est une Classe
	GLOBAL g est une Date
FIN
o_dateglobalobj est un C_dateglobalobj
o_dateglobalobj.g = "20250301"
Trace(o_dateglobalobj.g + 1) // expect: 20250302
Trace(o_dateglobalobj.g - 1) // expect: 20250228
Trace(o_dateglobalobj.g > "20250228") // expect: 1
Trace(o_dateglobalobj.g = "20250301") // expect: 1
Trace(o_dateglobalobj.g..Jour) // expect: 1
Trace(o_dateglobalobj.g..Mois) // expect: 3
Trace(DateVersChaîne(o_dateglobalobj.g)) // expect: 01/03/2025
Trace(TypeVar(o_dateglobalobj.g)) // expect: 24
Trace(o_dateglobalobj.g) // expect: 20250301
o_dateglobalobj.g..Jour += 40
Trace(o_dateglobalobj.g) // expect: 20250410
o_dateglobalobj.g += 1
Trace(o_dateglobalobj.g) // expect: 20250411
// date rangé dans : struct_array
ST_datestructarray est une Structure
	a est un tableau de Date
FIN
st_datestructarray est un ST_datestructarray
TableauAjoute(st_datestructarray.a, "20250301")
Trace(st_datestructarray.a[1] + 1) // expect: 20250302
Trace(st_datestructarray.a[1] - 1) // expect: 20250228
Trace(st_datestructarray.a[1] > "20250228") // expect: 1
Trace(st_datestructarray.a[1] = "20250301") // expect: 1
Trace(st_datestructarray.a[1]..Jour) // expect: 1
Trace(st_datestructarray.a[1]..Mois) // expect: 3
Trace(DateVersChaîne(st_datestructarray.a[1])) // expect: 01/03/2025
Trace(TypeVar(st_datestructarray.a[1])) // expect: 24
Trace(st_datestructarray.a[1]) // expect: 20250301
st_datestructarray.a[1]..Jour += 40
Trace(st_datestructarray.a[1]) // expect: 20250410
st_datestructarray.a[1] += 1
Trace(st_datestructarray.a[1]) // expect: 20250411
// date rangé dans : array_of_struct
ST_datearrayofstruct est une Structure
	m est une Date
FIN
arr_datearrayofstruct est un tableau de ST_datearrayofstruct
st_datearrayofstruct est un ST_datearrayofstruct
st_datearrayofstruct.m = "20250301"
TableauAjoute(arr_datearrayofstruct, st_datearrayofstruct)
Trace(arr_datearrayofstruct[1].m + 1) // expect: 20250302
Trace(arr_datearrayofstruct[1].m - 1) // expect: 20250228
Trace(arr_datearrayofstruct[1].m > "20250228") // expect: 1
Trace(arr_datearrayofstruct[1].m = "20250301") // expect: 1
Trace(arr_datearrayofstruct[1].m..Jour) // expect: 1
Trace(arr_datearrayofstruct[1].m..Mois) // expect: 3
Trace(DateVersChaîne(arr_datearrayofstruct[1].m)) // expect: 01/03/2025
Trace(TypeVar(arr_datearrayofstruct[1].m)) // expect: 24
Trace(arr_datearrayofstruct[1].m) // expect: 20250301
arr_datearrayofstruct[1].m..Jour += 40
Trace(arr_datearrayofstruct[1].m) // expect: 20250410
arr_datearrayofstruct[1].m += 1
Trace(arr_datearrayofstruct[1].m) // expect: 20250411
// date rangé dans : struct_in_class
ST_datestructinclass est une Structure
	m est une Date
FIN
C_datestructinclass est une Classe
	s est un ST_datestructinclass
FIN
o_datestructinclass est un C_datestructinclass
o_datestructinclass.s.m = "20250301"
Trace(o_datestructinclass.s.m + 1) // expect: 20250302
Trace(o_datestructinclass.s.m - 1) // expect: 20250228
Trace(o_datestructinclass.s.m > "20250228") // expect: 1
Trace(o_datestructinclass.s.m = "20250301") // expect: 1
Trace(o_datestructinclass.s.m..Jour) // expect: 1
Trace(o_datestructinclass.s.m..Mois) // expect: 3
Trace(DateVersChaîne(o_datestructinclass.s.m)) // expect: 01/03/2025
Trace(TypeVar(o_datestructinclass.s.m)) // expect: 24
Trace(o_datestructinclass.s.m) // expect: 20250301
o_datestructinclass.s.m..Jour += 40
Trace(o_datestructinclass.s.m) // expect: 20250410
o_datestructinclass.s.m += 1
Trace(o_datestructinclass.s.m) // expect: 20250411
// date rangé dans : variant
x0_datevariant est une Date = "20250301"
v_datevariant est un Variant = x0_datevariant
Trace(v_datevariant + 1) // expect: 20250302
Trace(v_datevariant - 1) // expect: 20250228
Trace(v_datevariant > "20250228") // expect: 1
Trace(v_datevariant = "20250301") // expect: 1
Trace(v_datevariant..Jour) // expect: 1
Trace(v_datevariant..Mois) // expect: 3
Trace(DateVersChaîne(v_datevariant)) // expect: 01/03/2025
Trace(TypeVar(v_datevariant)) // expect: 24
Trace(v_datevariant) // expect: 20250301
v_datevariant..Jour += 40
Trace(v_datevariant) // expect: 20250410
v_datevariant += 1
Trace(v_datevariant) // expect: 20250411
// date rangé dans : foreach
arr_dateforeach est un tableau de Date
TableauAjoute(arr_dateforeach, "20250301")
POUR TOUT e_dateforeach DE arr_dateforeach
	Trace(e_dateforeach + 1) // expect: 20250302
	Trace(e_dateforeach - 1) // expect: 20250228
	Trace(e_dateforeach > "20250228") // expect: 1
	Trace(e_dateforeach = "20250301") // expect: 1
	Trace(e_dateforeach..Jour) // expect: 1
	Trace(e_dateforeach..Mois) // expect: 3
	Trace(DateVersChaîne(e_dateforeach)) // expect: 01/03/2025
	Trace(TypeVar(e_dateforeach)) // expect: 24
	Trace(e_dateforeach) // expect: 20250301
	e_dateforeach..Jour += 40
	Trace(e_dateforeach) // expect: 20250410
	e_dateforeach += 1
	Trace(e_dateforeach) // expect: 20250411
FIN
// date rangé dans : foreach_struct
ST_dateforeachstruct est une Structure
	m est une Date
FIN
arr_dateforeachstruct est un tableau de ST_dateforeachstruct
st_dateforeachstruct est un ST_dateforeachstruct
st_dateforeachstruct.m = "20250301"
TableauAjoute(arr_dateforeachstruct, st_dateforeachstruct)
POUR TOUT e_dateforeachstruct DE arr_dateforeachstruct
	Trace(e_dateforeachstruct.m + 1) // expect: 20250302
	Trace(e_dateforeachstruct.m - 1) // expect: 20250228
	Trace(e_dateforeachstruct.m > "20250228") // expect: 1
	Trace(e_dateforeachstruct.m = "20250301") // expect: 1
	Trace(e_dateforeachstruct.m..Jour) // expect: 1
	Trace(e_dateforeachstruct.m..Mois) // expect: 3
	Trace(DateVersChaîne(e_dateforeachstruct.m)) // expect: 01/03/2025
	Trace(TypeVar(e_dateforeachstruct.m)) // expect: 24
	Trace(e_dateforeachstruct.m) // expect: 20250301
	e_dateforeachstruct.m..Jour += 40
	Trace(e_dateforeachstruct.m) // expect: 20250410
	e_dateforeachstruct.m += 1
	Trace(e_dateforeachstruct.m) // expect: 20250411
FIN
// date rangé dans : return
Trace(F_datereturn() + 1) // expect: 20250302
Trace(F_datereturn() - 1) // expect: 20250228
Trace(F_datereturn() > "20250228") // expect: 1
Trace(F_datereturn() = "20250301") // expect: 1
Trace(F_datereturn()..Jour) // expect: 1
Trace(F_datereturn()..Mois) // expect: 3
Trace(DateVersChaîne(F_datereturn())) // expect: 01/03/2025
Trace(TypeVar(F_datereturn())) // expect: 24
Trace(F_datereturn()) // expect: 20250301
// date rangé dans : return_untyped
Trace(F_datereturnuntyped() + 1) // expect: 20250302
Trace(F_datereturnuntyped() - 1) // expect: 20250228
Trace(F_datereturnuntyped() > "20250228") // expect: 1
Trace(F_datereturnuntyped() = "20250301") // expect: 1
Trace(F_datereturnuntyped()..Jour) // expect: 1
Trace(F_datereturnuntyped()..Mois) // expect: 3
Trace(DateVersChaîne(F_datereturnuntyped())) // expect: 01/03/2025
Trace(TypeVar(F_datereturnuntyped())) // expect: 24
Trace(F_datereturnuntyped()) // expect: 20250301
// date rangé dans : reference
x0_datereference est une Date = "20250301"
r_datereference est un Variant
r_datereference <- x0_datereference
Trace(r_datereference + 1) // expect: 20250302
Trace(r_datereference - 1) // expect: 20250228
Trace(r_datereference > "20250228") // expect: 1
Trace(r_datereference = "20250301") // expect: 1
Trace(r_datereference..Jour) // expect: 1
Trace(r_datereference..Mois) // expect: 3
Trace(DateVersChaîne(r_datereference)) // expect: 01/03/2025
Trace(TypeVar(r_datereference)) // expect: 24
Trace(r_datereference) // expect: 20250301
r_datereference..Jour += 40
Trace(r_datereference) // expect: 20250410
r_datereference += 1
Trace(r_datereference) // expect: 20250411
// date rangé dans : method_return
C_datemethodreturn est une Classe
FIN
o_datemethodreturn est un C_datemethodreturn
Trace(o_datemethodreturn.F_datemethodreturn() + 1) // expect: 20250302
Trace(o_datemethodreturn.F_datemethodreturn() - 1) // expect: 20250228
Trace(o_datemethodreturn.F_datemethodreturn() > "20250228") // expect: 1
Trace(o_datemethodreturn.F_datemethodreturn() = "20250301") // expect: 1
Trace(o_datemethodreturn.F_datemethodreturn()..Jour) // expect: 1
Trace(o_datemethodreturn.F_datemethodreturn()..Mois) // expect: 3
Trace(DateVersChaîne(o_datemethodreturn.F_datemethodreturn())) // expect: 01/03/2025
Trace(TypeVar(o_datemethodreturn.F_datemethodreturn())) // expect: 24
Trace(o_datemethodreturn.F_datemethodreturn()) // expect: 20250301
// time rangé dans : local
x_timelocal est une Heure = "103000"
Trace(x_timelocal + 1 h) // expect: 11300000
Trace(x_timelocal + 1) // expect: 10300001
Trace(x_timelocal > "090000") // expect: 1
Trace(x_timelocal..Heure) // expect: 10
Trace(x_timelocal..Minute) // expect: 30
Trace(HeureVersChaîne(x_timelocal)) // expect: 10:30:00:00
Trace(TypeVar(x_timelocal)) // expect: 25
Trace(x_timelocal) // expect: 10300000
x_timelocal..Minute += 50
Trace(x_timelocal) // expect: 11200000
x_timelocal += 1 h
Trace(x_timelocal) // expect: 12200000
x_timelocal = "9:15"
Trace(x_timelocal) // expect: 09150000
// time rangé dans : struct
ST_timestruct est une Structure
	m est une Heure
FIN
st_timestruct est un ST_timestruct
st_timestruct.m = "103000"
Trace(st_timestruct.m + 1 h) // expect: 11300000
Trace(st_timestruct.m + 1) // expect: 10300001
Trace(st_timestruct.m > "090000") // expect: 1
Trace(st_timestruct.m..Heure) // expect: 10
Trace(st_timestruct.m..Minute) // expect: 30
Trace(HeureVersChaîne(st_timestruct.m)) // expect: 10:30:00:00
Trace(TypeVar(st_timestruct.m)) // expect: 25
Trace(st_timestruct.m) // expect: 10300000
st_timestruct.m..Minute += 50
Trace(st_timestruct.m) // expect: 11200000
st_timestruct.m += 1 h
Trace(st_timestruct.m) // expect: 12200000
st_timestruct.m = "9:15"
Trace(st_timestruct.m) // expect: 09150000
// time rangé dans : array
arr_timearray est un tableau de 2 Heure
arr_timearray[1] = "103000"
Trace(arr_timearray[1] + 1 h) // expect: 11300000
Trace(arr_timearray[1] + 1) // expect: 10300001
Trace(arr_timearray[1] > "090000") // expect: 1
Trace(arr_timearray[1]..Heure) // expect: 10
Trace(arr_timearray[1]..Minute) // expect: 30
Trace(HeureVersChaîne(arr_timearray[1])) // expect: 10:30:00:00
Trace(TypeVar(arr_timearray[1])) // expect: 25
Trace(arr_timearray[1]) // expect: 10300000
arr_timearray[1]..Minute += 50
Trace(arr_timearray[1]) // expect: 11200000
arr_timearray[1] += 1 h
Trace(arr_timearray[1]) // expect: 12200000
arr_timearray[1] = "9:15"
Trace(arr_timearray[1]) // expect: 09150000
// time rangé dans : dynarray
arr_timedynarray est un tableau de Heure
TableauAjoute(arr_timedynarray, "103000")
Trace(arr_timedynarray[1] + 1 h) // expect: 11300000
Trace(arr_timedynarray[1] + 1) // expect: 10300001
Trace(arr_timedynarray[1] > "090000") // expect: 1
Trace(arr_timedynarray[1]..Heure) // expect: 10
Trace(arr_timedynarray[1]..Minute) // expect: 30
Trace(HeureVersChaîne(arr_timedynarray[1])) // expect: 10:30:00:00
Trace(TypeVar(arr_timedynarray[1])) // expect: 25
Trace(arr_timedynarray[1]) // expect: 10300000
arr_timedynarray[1]..Minute += 50
Trace(arr_timedynarray[1]) // expect: 11200000
arr_timedynarray[1] += 1 h
Trace(arr_timedynarray[1]) // expect: 12200000
arr_timedynarray[1] = "9:15"
Trace(arr_timedynarray[1]) // expect: 09150000
// time rangé dans : assoc
aa_timeassoc est un tableau associatif de Heure
aa_timeassoc["k"] = "103000"
Trace(aa_timeassoc["k"] + 1 h) // expect: 11300000
Trace(aa_timeassoc["k"] + 1) // expect: 10300001
Trace(aa_timeassoc["k"] > "090000") // expect: 1
Trace(aa_timeassoc["k"]..Heure) // expect: 10
Trace(aa_timeassoc["k"]..Minute) // expect: 30
Trace(HeureVersChaîne(aa_timeassoc["k"])) // expect: 10:30:00:00
Trace(TypeVar(aa_timeassoc["k"])) // expect: 25
Trace(aa_timeassoc["k"]) // expect: 10300000
aa_timeassoc["k"]..Minute += 50
Trace(aa_timeassoc["k"]) // expect: 11200000
aa_timeassoc["k"] += 1 h
Trace(aa_timeassoc["k"]) // expect: 12200000
aa_timeassoc["k"] = "9:15"
Trace(aa_timeassoc["k"]) // expect: 09150000
// time rangé dans : assoc_struct
ST_timeassocstruct est une Structure
	m est une Heure
FIN
aa_timeassocstruct est un tableau associatif de ST_timeassocstruct
aa_timeassocstruct["k"].m = "103000"
Trace(aa_timeassocstruct["k"].m + 1 h) // expect: 11300000
Trace(aa_timeassocstruct["k"].m + 1) // expect: 10300001
Trace(aa_timeassocstruct["k"].m > "090000") // expect: 1
Trace(aa_timeassocstruct["k"].m..Heure) // expect: 10
Trace(aa_timeassocstruct["k"].m..Minute) // expect: 30
Trace(HeureVersChaîne(aa_timeassocstruct["k"].m)) // expect: 10:30:00:00
Trace(TypeVar(aa_timeassocstruct["k"].m)) // expect: 25
Trace(aa_timeassocstruct["k"].m) // expect: 10300000
aa_timeassocstruct["k"].m..Minute += 50
Trace(aa_timeassocstruct["k"].m) // expect: 11200000
aa_timeassocstruct["k"].m += 1 h
Trace(aa_timeassocstruct["k"].m) // expect: 12200000
aa_timeassocstruct["k"].m = "9:15"
Trace(aa_timeassocstruct["k"].m) // expect: 09150000
// time rangé dans : class_dot
C_timeclassdot est une Classe
	m est une Heure
FIN
o_timeclassdot est un C_timeclassdot
o_timeclassdot.m = "103000"
Trace(o_timeclassdot.m + 1 h) // expect: 11300000
Trace(o_timeclassdot.m + 1) // expect: 10300001
Trace(o_timeclassdot.m > "090000") // expect: 1
Trace(o_timeclassdot.m..Heure) // expect: 10
Trace(o_timeclassdot.m..Minute) // expect: 30
Trace(HeureVersChaîne(o_timeclassdot.m)) // expect: 10:30:00:00
Trace(TypeVar(o_timeclassdot.m)) // expect: 25
Trace(o_timeclassdot.m) // expect: 10300000
o_timeclassdot.m..Minute += 50
Trace(o_timeclassdot.m) // expect: 11200000
o_timeclassdot.m += 1 h
Trace(o_timeclassdot.m) // expect: 12200000
o_timeclassdot.m = "9:15"
Trace(o_timeclassdot.m) // expect: 09150000
// time rangé dans : class_loop
C_timeclassloop est une Classe
	m est une Heure
FIN
o_timeclassloop est un C_timeclassloop
o_timeclassloop.m = "103000"
POUR i_timeclassloop = 1 _À_ 1
	Trace(o_timeclassloop.m + 1 h) // expect: 11300000
	Trace(o_timeclassloop.m + 1) // expect: 10300001
	Trace(o_timeclassloop.m > "090000") // expect: 1
	Trace(o_timeclassloop.m..Heure) // expect: 10
	Trace(o_timeclassloop.m..Minute) // expect: 30
	Trace(HeureVersChaîne(o_timeclassloop.m)) // expect: 10:30:00:00
	Trace(TypeVar(o_timeclassloop.m)) // expect: 25
	Trace(o_timeclassloop.m) // expect: 10300000
	o_timeclassloop.m..Minute += 50
	Trace(o_timeclassloop.m) // expect: 11200000
	o_timeclassloop.m += 1 h
	Trace(o_timeclassloop.m) // expect: 12200000
	o_timeclassloop.m = "9:15"
	Trace(o_timeclassloop.m) // expect: 09150000
FIN
// time rangé dans : global_member
C_timeglobalmember est une Classe
	GLOBAL g est une Heure
FIN
C_timeglobalmember::g = "103000"
Trace(C_timeglobalmember::g + 1 h) // expect: 11300000
Trace(C_timeglobalmember::g + 1) // expect: 10300001
Trace(C_timeglobalmember::g > "090000") // expect: 1
Trace(C_timeglobalmember::g..Heure) // expect: 10
Trace(C_timeglobalmember::g..Minute) // expect: 30
Trace(HeureVersChaîne(C_timeglobalmember::g)) // expect: 10:30:00:00
Trace(TypeVar(C_timeglobalmember::g)) // expect: 25
Trace(C_timeglobalmember::g) // expect: 10300000
C_timeglobalmember::g..Minute += 50
Trace(C_timeglobalmember::g) // expect: 11200000
C_timeglobalmember::g += 1 h
Trace(C_timeglobalmember::g) // expect: 12200000
C_timeglobalmember::g = "9:15"
Trace(C_timeglobalmember::g) // expect: 09150000
// time rangé dans : global_dot
C_timeglobaldot est une Classe
	GLOBAL g est une Heure
FIN
C_timeglobaldot.g = "103000"
Trace(C_timeglobaldot.g + 1 h) // expect: 11300000
Trace(C_timeglobaldot.g + 1) // expect: 10300001
Trace(C_timeglobaldot.g > "090000") // expect: 1
Trace(C_timeglobaldot.g..Heure) // expect: 10
Trace(C_timeglobaldot.g..Minute) // expect: 30
Trace(HeureVersChaîne(C_timeglobaldot.g)) // expect: 10:30:00:00
Trace(TypeVar(C_timeglobaldot.g)) // expect: 25
Trace(C_timeglobaldot.g) // expect: 10300000
C_timeglobaldot.g..Minute += 50
Trace(C_timeglobaldot.g) // expect: 11200000
C_timeglobaldot.g += 1 h
Trace(C_timeglobaldot.g) // expect: 12200000
C_timeglobaldot.g = "9:15"
Trace(C_timeglobaldot.g) // expect: 09150000
// time rangé dans : global_obj
C_timeglobalobj est une Classe
	GLOBAL g est une Heure
FIN
o_timeglobalobj est un C_timeglobalobj
o_timeglobalobj.g = "103000"
Trace(o_timeglobalobj.g + 1 h) // expect: 11300000
Trace(o_timeglobalobj.g + 1) // expect: 10300001
Trace(o_timeglobalobj.g > "090000") // expect: 1
Trace(o_timeglobalobj.g..Heure) // expect: 10
Trace(o_timeglobalobj.g..Minute) // expect: 30
Trace(HeureVersChaîne(o_timeglobalobj.g)) // expect: 10:30:00:00
Trace(TypeVar(o_timeglobalobj.g)) // expect: 25
Trace(o_timeglobalobj.g) // expect: 10300000
o_timeglobalobj.g..Minute += 50
Trace(o_timeglobalobj.g) // expect: 11200000
o_timeglobalobj.g += 1 h
Trace(o_timeglobalobj.g) // expect: 12200000
o_timeglobalobj.g = "9:15"
Trace(o_timeglobalobj.g) // expect: 09150000
// time rangé dans : struct_array
ST_timestructarray est une Structure
	a est un tableau de Heure
FIN
st_timestructarray est un ST_timestructarray
TableauAjoute(st_timestructarray.a, "103000")
Trace(st_timestructarray.a[1] + 1 h) // expect: 11300000
Trace(st_timestructarray.a[1] + 1) // expect: 10300001
Trace(st_timestructarray.a[1] > "090000") // expect: 1
Trace(st_timestructarray.a[1]..Heure) // expect: 10
Trace(st_timestructarray.a[1]..Minute) // expect: 30
Trace(HeureVersChaîne(st_timestructarray.a[1])) // expect: 10:30:00:00
Trace(TypeVar(st_timestructarray.a[1])) // expect: 25
Trace(st_timestructarray.a[1]) // expect: 10300000
st_timestructarray.a[1]..Minute += 50
Trace(st_timestructarray.a[1]) // expect: 11200000
st_timestructarray.a[1] += 1 h
Trace(st_timestructarray.a[1]) // expect: 12200000
st_timestructarray.a[1] = "9:15"
Trace(st_timestructarray.a[1]) // expect: 09150000
// time rangé dans : array_of_struct
ST_timearrayofstruct est une Structure
	m est une Heure
FIN
arr_timearrayofstruct est un tableau de ST_timearrayofstruct
st_timearrayofstruct est un ST_timearrayofstruct
st_timearrayofstruct.m = "103000"
TableauAjoute(arr_timearrayofstruct, st_timearrayofstruct)
Trace(arr_timearrayofstruct[1].m + 1 h) // expect: 11300000
Trace(arr_timearrayofstruct[1].m + 1) // expect: 10300001
Trace(arr_timearrayofstruct[1].m > "090000") // expect: 1
Trace(arr_timearrayofstruct[1].m..Heure) // expect: 10
Trace(arr_timearrayofstruct[1].m..Minute) // expect: 30
Trace(HeureVersChaîne(arr_timearrayofstruct[1].m)) // expect: 10:30:00:00
Trace(TypeVar(arr_timearrayofstruct[1].m)) // expect: 25
Trace(arr_timearrayofstruct[1].m) // expect: 10300000
arr_timearrayofstruct[1].m..Minute += 50
Trace(arr_timearrayofstruct[1].m) // expect: 11200000
arr_timearrayofstruct[1].m += 1 h
Trace(arr_timearrayofstruct[1].m) // expect: 12200000
arr_timearrayofstruct[1].m = "9:15"
Trace(arr_timearrayofstruct[1].m) // expect: 09150000
// time rangé dans : struct_in_class
ST_timestructinclass est une Structure
	m est une Heure
FIN
C_timestructinclass est une Classe
	s est un ST_timestructinclass
FIN
o_timestructinclass est un C_timestructinclass
o_timestructinclass.s.m = "103000"
Trace(o_timestructinclass.s.m + 1 h) // expect: 11300000
Trace(o_timestructinclass.s.m + 1) // expect: 10300001
Trace(o_timestructinclass.s.m > "090000") // expect: 1
Trace(o_timestructinclass.s.m..Heure) // expect: 10
Trace(o_timestructinclass.s.m..Minute) // expect: 30
Trace(HeureVersChaîne(o_timestructinclass.s.m)) // expect: 10:30:00:00
Trace(TypeVar(o_timestructinclass.s.m)) // expect: 25
Trace(o_timestructinclass.s.m) // expect: 10300000
o_timestructinclass.s.m..Minute += 50
Trace(o_timestructinclass.s.m) // expect: 11200000
o_timestructinclass.s.m += 1 h
Trace(o_timestructinclass.s.m) // expect: 12200000
o_timestructinclass.s.m = "9:15"
Trace(o_timestructinclass.s.m) // expect: 09150000
// time rangé dans : variant
x0_timevariant est une Heure = "103000"
v_timevariant est un Variant = x0_timevariant
Trace(v_timevariant + 1 h) // expect: 11300000
Trace(v_timevariant + 1) // expect: 10300001
Trace(v_timevariant > "090000") // expect: 1
Trace(v_timevariant..Heure) // expect: 10
Trace(v_timevariant..Minute) // expect: 30
Trace(HeureVersChaîne(v_timevariant)) // expect: 10:30:00:00
Trace(TypeVar(v_timevariant)) // expect: 25
Trace(v_timevariant) // expect: 10300000
v_timevariant..Minute += 50
Trace(v_timevariant) // expect: 11200000
v_timevariant += 1 h
Trace(v_timevariant) // expect: 12200000
// time rangé dans : foreach
arr_timeforeach est un tableau de Heure
TableauAjoute(arr_timeforeach, "103000")
POUR TOUT e_timeforeach DE arr_timeforeach
	Trace(e_timeforeach + 1 h) // expect: 11300000
	Trace(e_timeforeach + 1) // expect: 10300001
	Trace(e_timeforeach > "090000") // expect: 1
	Trace(e_timeforeach..Heure) // expect: 10
	Trace(e_timeforeach..Minute) // expect: 30
	Trace(HeureVersChaîne(e_timeforeach)) // expect: 10:30:00:00
	Trace(TypeVar(e_timeforeach)) // expect: 25
	Trace(e_timeforeach) // expect: 10300000
	e_timeforeach..Minute += 50
	Trace(e_timeforeach) // expect: 11200000
	e_timeforeach += 1 h
	Trace(e_timeforeach) // expect: 12200000
	e_timeforeach = "9:15"
	Trace(e_timeforeach) // expect: 09150000
FIN
// time rangé dans : foreach_struct
ST_timeforeachstruct est une Structure
	m est une Heure
FIN
arr_timeforeachstruct est un tableau de ST_timeforeachstruct
st_timeforeachstruct est un ST_timeforeachstruct
st_timeforeachstruct.m = "103000"
TableauAjoute(arr_timeforeachstruct, st_timeforeachstruct)
POUR TOUT e_timeforeachstruct DE arr_timeforeachstruct
	Trace(e_timeforeachstruct.m + 1 h) // expect: 11300000
	Trace(e_timeforeachstruct.m + 1) // expect: 10300001
	Trace(e_timeforeachstruct.m > "090000") // expect: 1
	Trace(e_timeforeachstruct.m..Heure) // expect: 10
	Trace(e_timeforeachstruct.m..Minute) // expect: 30
	Trace(HeureVersChaîne(e_timeforeachstruct.m)) // expect: 10:30:00:00
	Trace(TypeVar(e_timeforeachstruct.m)) // expect: 25
	Trace(e_timeforeachstruct.m) // expect: 10300000
	e_timeforeachstruct.m..Minute += 50
	Trace(e_timeforeachstruct.m) // expect: 11200000
	e_timeforeachstruct.m += 1 h
	Trace(e_timeforeachstruct.m) // expect: 12200000
	e_timeforeachstruct.m = "9:15"
	Trace(e_timeforeachstruct.m) // expect: 09150000
FIN
// time rangé dans : return
Trace(F_timereturn() + 1 h) // expect: 11300000
Trace(F_timereturn() + 1) // expect: 10300001
Trace(F_timereturn() > "090000") // expect: 1
Trace(F_timereturn()..Heure) // expect: 10
Trace(F_timereturn()..Minute) // expect: 30
Trace(HeureVersChaîne(F_timereturn())) // expect: 10:30:00:00
Trace(TypeVar(F_timereturn())) // expect: 25
Trace(F_timereturn()) // expect: 10300000
// time rangé dans : return_untyped
Trace(F_timereturnuntyped() + 1 h) // expect: 11300000
Trace(F_timereturnuntyped() + 1) // expect: 10300001
Trace(F_timereturnuntyped() > "090000") // expect: 1
Trace(F_timereturnuntyped()..Heure) // expect: 10
Trace(F_timereturnuntyped()..Minute) // expect: 30
Trace(HeureVersChaîne(F_timereturnuntyped())) // expect: 10:30:00:00
Trace(TypeVar(F_timereturnuntyped())) // expect: 25
Trace(F_timereturnuntyped()) // expect: 10300000
// time rangé dans : reference
x0_timereference est une Heure = "103000"
r_timereference est un Variant
r_timereference <- x0_timereference
Trace(r_timereference + 1 h) // expect: 11300000
Trace(r_timereference + 1) // expect: 10300001
Trace(r_timereference > "090000") // expect: 1
Trace(r_timereference..Heure) // expect: 10
Trace(r_timereference..Minute) // expect: 30
Trace(HeureVersChaîne(r_timereference)) // expect: 10:30:00:00
Trace(TypeVar(r_timereference)) // expect: 25
Trace(r_timereference) // expect: 10300000
r_timereference..Minute += 50
Trace(r_timereference) // expect: 11200000
r_timereference += 1 h
Trace(r_timereference) // expect: 12200000
// time rangé dans : method_return
C_timemethodreturn est une Classe
FIN
o_timemethodreturn est un C_timemethodreturn
Trace(o_timemethodreturn.F_timemethodreturn() + 1 h) // expect: 11300000
Trace(o_timemethodreturn.F_timemethodreturn() + 1) // expect: 10300001
Trace(o_timemethodreturn.F_timemethodreturn() > "090000") // expect: 1
Trace(o_timemethodreturn.F_timemethodreturn()..Heure) // expect: 10
Trace(o_timemethodreturn.F_timemethodreturn()..Minute) // expect: 30
Trace(HeureVersChaîne(o_timemethodreturn.F_timemethodreturn())) // expect: 10:30:00:00
Trace(TypeVar(o_timemethodreturn.F_timemethodreturn())) // expect: 25
Trace(o_timemethodreturn.F_timemethodreturn()) // expect: 10300000
// datetime rangé dans : local
x_datetimelocal est une DateHeure = "20250301103000"
Trace(x_datetimelocal + 1 h) // expect: 20250301113000000
Trace(x_datetimelocal + 1) // expect: 20250302103000000
Trace(x_datetimelocal > "20250301") // expect: 1
Trace(x_datetimelocal..Mois) // expect: 3
Trace(x_datetimelocal..Heure) // expect: 10
Trace(x_datetimelocal..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(x_datetimelocal)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(x_datetimelocal)) // expect: 26
Trace(x_datetimelocal) // expect: 20250301103000000
x_datetimelocal..Heure += 20
Trace(x_datetimelocal) // expect: 20250302063000000
x_datetimelocal..Jour += 30
Trace(x_datetimelocal) // expect: 20250401063000000
x_datetimelocal = "2025/01/05 10:30"
Trace(x_datetimelocal) // expect: 20250105103000000
// datetime rangé dans : struct
ST_datetimestruct est une Structure
	m est une DateHeure
FIN
st_datetimestruct est un ST_datetimestruct
st_datetimestruct.m = "20250301103000"
Trace(st_datetimestruct.m + 1 h) // expect: 20250301113000000
Trace(st_datetimestruct.m + 1) // expect: 20250302103000000
Trace(st_datetimestruct.m > "20250301") // expect: 1
Trace(st_datetimestruct.m..Mois) // expect: 3
Trace(st_datetimestruct.m..Heure) // expect: 10
Trace(st_datetimestruct.m..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(st_datetimestruct.m)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(st_datetimestruct.m)) // expect: 26
Trace(st_datetimestruct.m) // expect: 20250301103000000
st_datetimestruct.m..Heure += 20
Trace(st_datetimestruct.m) // expect: 20250302063000000
st_datetimestruct.m..Jour += 30
Trace(st_datetimestruct.m) // expect: 20250401063000000
st_datetimestruct.m = "2025/01/05 10:30"
Trace(st_datetimestruct.m) // expect: 20250105103000000
// datetime rangé dans : array
arr_datetimearray est un tableau de 2 DateHeure
arr_datetimearray[1] = "20250301103000"
Trace(arr_datetimearray[1] + 1 h) // expect: 20250301113000000
Trace(arr_datetimearray[1] + 1) // expect: 20250302103000000
Trace(arr_datetimearray[1] > "20250301") // expect: 1
Trace(arr_datetimearray[1]..Mois) // expect: 3
Trace(arr_datetimearray[1]..Heure) // expect: 10
Trace(arr_datetimearray[1]..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(arr_datetimearray[1])) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(arr_datetimearray[1])) // expect: 26
Trace(arr_datetimearray[1]) // expect: 20250301103000000
arr_datetimearray[1]..Heure += 20
Trace(arr_datetimearray[1]) // expect: 20250302063000000
arr_datetimearray[1]..Jour += 30
Trace(arr_datetimearray[1]) // expect: 20250401063000000
arr_datetimearray[1] = "2025/01/05 10:30"
Trace(arr_datetimearray[1]) // expect: 20250105103000000
// datetime rangé dans : dynarray
arr_datetimedynarray est un tableau de DateHeure
TableauAjoute(arr_datetimedynarray, "20250301103000")
Trace(arr_datetimedynarray[1] + 1 h) // expect: 20250301113000000
Trace(arr_datetimedynarray[1] + 1) // expect: 20250302103000000
Trace(arr_datetimedynarray[1] > "20250301") // expect: 1
Trace(arr_datetimedynarray[1]..Mois) // expect: 3
Trace(arr_datetimedynarray[1]..Heure) // expect: 10
Trace(arr_datetimedynarray[1]..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(arr_datetimedynarray[1])) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(arr_datetimedynarray[1])) // expect: 26
Trace(arr_datetimedynarray[1]) // expect: 20250301103000000
arr_datetimedynarray[1]..Heure += 20
Trace(arr_datetimedynarray[1]) // expect: 20250302063000000
arr_datetimedynarray[1]..Jour += 30
Trace(arr_datetimedynarray[1]) // expect: 20250401063000000
arr_datetimedynarray[1] = "2025/01/05 10:30"
Trace(arr_datetimedynarray[1]) // expect: 20250105103000000
// datetime rangé dans : assoc
aa_datetimeassoc est un tableau associatif de DateHeure
aa_datetimeassoc["k"] = "20250301103000"
Trace(aa_datetimeassoc["k"] + 1 h) // expect: 20250301113000000
Trace(aa_datetimeassoc["k"] + 1) // expect: 20250302103000000
Trace(aa_datetimeassoc["k"] > "20250301") // expect: 1
Trace(aa_datetimeassoc["k"]..Mois) // expect: 3
Trace(aa_datetimeassoc["k"]..Heure) // expect: 10
Trace(aa_datetimeassoc["k"]..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(aa_datetimeassoc["k"])) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(aa_datetimeassoc["k"])) // expect: 26
Trace(aa_datetimeassoc["k"]) // expect: 20250301103000000
aa_datetimeassoc["k"]..Heure += 20
Trace(aa_datetimeassoc["k"]) // expect: 20250302063000000
aa_datetimeassoc["k"]..Jour += 30
Trace(aa_datetimeassoc["k"]) // expect: 20250401063000000
aa_datetimeassoc["k"] = "2025/01/05 10:30"
Trace(aa_datetimeassoc["k"]) // expect: 20250105103000000
// datetime rangé dans : assoc_struct
ST_datetimeassocstruct est une Structure
	m est une DateHeure
FIN
aa_datetimeassocstruct est un tableau associatif de ST_datetimeassocstruct
aa_datetimeassocstruct["k"].m = "20250301103000"
Trace(aa_datetimeassocstruct["k"].m + 1 h) // expect: 20250301113000000
Trace(aa_datetimeassocstruct["k"].m + 1) // expect: 20250302103000000
Trace(aa_datetimeassocstruct["k"].m > "20250301") // expect: 1
Trace(aa_datetimeassocstruct["k"].m..Mois) // expect: 3
Trace(aa_datetimeassocstruct["k"].m..Heure) // expect: 10
Trace(aa_datetimeassocstruct["k"].m..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(aa_datetimeassocstruct["k"].m)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(aa_datetimeassocstruct["k"].m)) // expect: 26
Trace(aa_datetimeassocstruct["k"].m) // expect: 20250301103000000
aa_datetimeassocstruct["k"].m..Heure += 20
Trace(aa_datetimeassocstruct["k"].m) // expect: 20250302063000000
aa_datetimeassocstruct["k"].m..Jour += 30
Trace(aa_datetimeassocstruct["k"].m) // expect: 20250401063000000
aa_datetimeassocstruct["k"].m = "2025/01/05 10:30"
Trace(aa_datetimeassocstruct["k"].m) // expect: 20250105103000000
// datetime rangé dans : class_dot
C_datetimeclassdot est une Classe
	m est une DateHeure
FIN
o_datetimeclassdot est un C_datetimeclassdot
o_datetimeclassdot.m = "20250301103000"
Trace(o_datetimeclassdot.m + 1 h) // expect: 20250301113000000
Trace(o_datetimeclassdot.m + 1) // expect: 20250302103000000
Trace(o_datetimeclassdot.m > "20250301") // expect: 1
Trace(o_datetimeclassdot.m..Mois) // expect: 3
Trace(o_datetimeclassdot.m..Heure) // expect: 10
Trace(o_datetimeclassdot.m..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(o_datetimeclassdot.m)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(o_datetimeclassdot.m)) // expect: 26
Trace(o_datetimeclassdot.m) // expect: 20250301103000000
o_datetimeclassdot.m..Heure += 20
Trace(o_datetimeclassdot.m) // expect: 20250302063000000
o_datetimeclassdot.m..Jour += 30
Trace(o_datetimeclassdot.m) // expect: 20250401063000000
o_datetimeclassdot.m = "2025/01/05 10:30"
Trace(o_datetimeclassdot.m) // expect: 20250105103000000
// datetime rangé dans : class_loop
C_datetimeclassloop est une Classe
	m est une DateHeure
FIN
o_datetimeclassloop est un C_datetimeclassloop
o_datetimeclassloop.m = "20250301103000"
POUR i_datetimeclassloop = 1 _À_ 1
	Trace(o_datetimeclassloop.m + 1 h) // expect: 20250301113000000
	Trace(o_datetimeclassloop.m + 1) // expect: 20250302103000000
	Trace(o_datetimeclassloop.m > "20250301") // expect: 1
	Trace(o_datetimeclassloop.m..Mois) // expect: 3
	Trace(o_datetimeclassloop.m..Heure) // expect: 10
	Trace(o_datetimeclassloop.m..PartieDate) // expect: 20250301
	Trace(DateHeureVersChaîne(o_datetimeclassloop.m)) // expect: 01/03/2025 10:30:00:00
	Trace(TypeVar(o_datetimeclassloop.m)) // expect: 26
	Trace(o_datetimeclassloop.m) // expect: 20250301103000000
	o_datetimeclassloop.m..Heure += 20
	Trace(o_datetimeclassloop.m) // expect: 20250302063000000
	o_datetimeclassloop.m..Jour += 30
	Trace(o_datetimeclassloop.m) // expect: 20250401063000000
	o_datetimeclassloop.m = "2025/01/05 10:30"
	Trace(o_datetimeclassloop.m) // expect: 20250105103000000
FIN
// datetime rangé dans : global_member
C_datetimeglobalmember est une Classe
	GLOBAL g est une DateHeure
FIN
C_datetimeglobalmember::g = "20250301103000"
Trace(C_datetimeglobalmember::g + 1 h) // expect: 20250301113000000
Trace(C_datetimeglobalmember::g + 1) // expect: 20250302103000000
Trace(C_datetimeglobalmember::g > "20250301") // expect: 1
Trace(C_datetimeglobalmember::g..Mois) // expect: 3
Trace(C_datetimeglobalmember::g..Heure) // expect: 10
Trace(C_datetimeglobalmember::g..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(C_datetimeglobalmember::g)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(C_datetimeglobalmember::g)) // expect: 26
Trace(C_datetimeglobalmember::g) // expect: 20250301103000000
C_datetimeglobalmember::g..Heure += 20
Trace(C_datetimeglobalmember::g) // expect: 20250302063000000
C_datetimeglobalmember::g..Jour += 30
Trace(C_datetimeglobalmember::g) // expect: 20250401063000000
C_datetimeglobalmember::g = "2025/01/05 10:30"
Trace(C_datetimeglobalmember::g) // expect: 20250105103000000
// datetime rangé dans : global_dot
C_datetimeglobaldot est une Classe
	GLOBAL g est une DateHeure
FIN
C_datetimeglobaldot.g = "20250301103000"
Trace(C_datetimeglobaldot.g + 1 h) // expect: 20250301113000000
Trace(C_datetimeglobaldot.g + 1) // expect: 20250302103000000
Trace(C_datetimeglobaldot.g > "20250301") // expect: 1
Trace(C_datetimeglobaldot.g..Mois) // expect: 3
Trace(C_datetimeglobaldot.g..Heure) // expect: 10
Trace(C_datetimeglobaldot.g..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(C_datetimeglobaldot.g)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(C_datetimeglobaldot.g)) // expect: 26
Trace(C_datetimeglobaldot.g) // expect: 20250301103000000
C_datetimeglobaldot.g..Heure += 20
Trace(C_datetimeglobaldot.g) // expect: 20250302063000000
C_datetimeglobaldot.g..Jour += 30
Trace(C_datetimeglobaldot.g) // expect: 20250401063000000
C_datetimeglobaldot.g = "2025/01/05 10:30"
Trace(C_datetimeglobaldot.g) // expect: 20250105103000000
// datetime rangé dans : global_obj
C_datetimeglobalobj est une Classe
	GLOBAL g est une DateHeure
FIN
o_datetimeglobalobj est un C_datetimeglobalobj
o_datetimeglobalobj.g = "20250301103000"
Trace(o_datetimeglobalobj.g + 1 h) // expect: 20250301113000000
Trace(o_datetimeglobalobj.g + 1) // expect: 20250302103000000
Trace(o_datetimeglobalobj.g > "20250301") // expect: 1
Trace(o_datetimeglobalobj.g..Mois) // expect: 3
Trace(o_datetimeglobalobj.g..Heure) // expect: 10
Trace(o_datetimeglobalobj.g..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(o_datetimeglobalobj.g)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(o_datetimeglobalobj.g)) // expect: 26
Trace(o_datetimeglobalobj.g) // expect: 20250301103000000
o_datetimeglobalobj.g..Heure += 20
Trace(o_datetimeglobalobj.g) // expect: 20250302063000000
o_datetimeglobalobj.g..Jour += 30
Trace(o_datetimeglobalobj.g) // expect: 20250401063000000
o_datetimeglobalobj.g = "2025/01/05 10:30"
Trace(o_datetimeglobalobj.g) // expect: 20250105103000000
// datetime rangé dans : struct_array
ST_datetimestructarray est une Structure
	a est un tableau de DateHeure
FIN
st_datetimestructarray est un ST_datetimestructarray
TableauAjoute(st_datetimestructarray.a, "20250301103000")
Trace(st_datetimestructarray.a[1] + 1 h) // expect: 20250301113000000
Trace(st_datetimestructarray.a[1] + 1) // expect: 20250302103000000
Trace(st_datetimestructarray.a[1] > "20250301") // expect: 1
Trace(st_datetimestructarray.a[1]..Mois) // expect: 3
Trace(st_datetimestructarray.a[1]..Heure) // expect: 10
Trace(st_datetimestructarray.a[1]..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(st_datetimestructarray.a[1])) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(st_datetimestructarray.a[1])) // expect: 26
Trace(st_datetimestructarray.a[1]) // expect: 20250301103000000
st_datetimestructarray.a[1]..Heure += 20
Trace(st_datetimestructarray.a[1]) // expect: 20250302063000000
st_datetimestructarray.a[1]..Jour += 30
Trace(st_datetimestructarray.a[1]) // expect: 20250401063000000
st_datetimestructarray.a[1] = "2025/01/05 10:30"
Trace(st_datetimestructarray.a[1]) // expect: 20250105103000000
// datetime rangé dans : array_of_struct
ST_datetimearrayofstruct est une Structure
	m est une DateHeure
FIN
arr_datetimearrayofstruct est un tableau de ST_datetimearrayofstruct
st_datetimearrayofstruct est un ST_datetimearrayofstruct
st_datetimearrayofstruct.m = "20250301103000"
TableauAjoute(arr_datetimearrayofstruct, st_datetimearrayofstruct)
Trace(arr_datetimearrayofstruct[1].m + 1 h) // expect: 20250301113000000
Trace(arr_datetimearrayofstruct[1].m + 1) // expect: 20250302103000000
Trace(arr_datetimearrayofstruct[1].m > "20250301") // expect: 1
Trace(arr_datetimearrayofstruct[1].m..Mois) // expect: 3
Trace(arr_datetimearrayofstruct[1].m..Heure) // expect: 10
Trace(arr_datetimearrayofstruct[1].m..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(arr_datetimearrayofstruct[1].m)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(arr_datetimearrayofstruct[1].m)) // expect: 26
Trace(arr_datetimearrayofstruct[1].m) // expect: 20250301103000000
arr_datetimearrayofstruct[1].m..Heure += 20
Trace(arr_datetimearrayofstruct[1].m) // expect: 20250302063000000
arr_datetimearrayofstruct[1].m..Jour += 30
Trace(arr_datetimearrayofstruct[1].m) // expect: 20250401063000000
arr_datetimearrayofstruct[1].m = "2025/01/05 10:30"
Trace(arr_datetimearrayofstruct[1].m) // expect: 20250105103000000
// datetime rangé dans : struct_in_class
ST_datetimestructinclass est une Structure
	m est une DateHeure
FIN
C_datetimestructinclass est une Classe
	s est un ST_datetimestructinclass
FIN
o_datetimestructinclass est un C_datetimestructinclass
o_datetimestructinclass.s.m = "20250301103000"
Trace(o_datetimestructinclass.s.m + 1 h) // expect: 20250301113000000
Trace(o_datetimestructinclass.s.m + 1) // expect: 20250302103000000
Trace(o_datetimestructinclass.s.m > "20250301") // expect: 1
Trace(o_datetimestructinclass.s.m..Mois) // expect: 3
Trace(o_datetimestructinclass.s.m..Heure) // expect: 10
Trace(o_datetimestructinclass.s.m..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(o_datetimestructinclass.s.m)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(o_datetimestructinclass.s.m)) // expect: 26
Trace(o_datetimestructinclass.s.m) // expect: 20250301103000000
o_datetimestructinclass.s.m..Heure += 20
Trace(o_datetimestructinclass.s.m) // expect: 20250302063000000
o_datetimestructinclass.s.m..Jour += 30
Trace(o_datetimestructinclass.s.m) // expect: 20250401063000000
o_datetimestructinclass.s.m = "2025/01/05 10:30"
Trace(o_datetimestructinclass.s.m) // expect: 20250105103000000
// datetime rangé dans : variant
x0_datetimevariant est une DateHeure = "20250301103000"
v_datetimevariant est un Variant = x0_datetimevariant
Trace(v_datetimevariant + 1 h) // expect: 20250301113000000
Trace(v_datetimevariant + 1) // expect: 20250302103000000
Trace(v_datetimevariant > "20250301") // expect: 1
Trace(v_datetimevariant..Mois) // expect: 3
Trace(v_datetimevariant..Heure) // expect: 10
Trace(v_datetimevariant..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(v_datetimevariant)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(v_datetimevariant)) // expect: 26
Trace(v_datetimevariant) // expect: 20250301103000000
v_datetimevariant..Heure += 20
Trace(v_datetimevariant) // expect: 20250302063000000
v_datetimevariant..Jour += 30
Trace(v_datetimevariant) // expect: 20250401063000000
// datetime rangé dans : foreach
arr_datetimeforeach est un tableau de DateHeure
TableauAjoute(arr_datetimeforeach, "20250301103000")
POUR TOUT e_datetimeforeach DE arr_datetimeforeach
	Trace(e_datetimeforeach + 1 h) // expect: 20250301113000000
	Trace(e_datetimeforeach + 1) // expect: 20250302103000000
	Trace(e_datetimeforeach > "20250301") // expect: 1
	Trace(e_datetimeforeach..Mois) // expect: 3
	Trace(e_datetimeforeach..Heure) // expect: 10
	Trace(e_datetimeforeach..PartieDate) // expect: 20250301
	Trace(DateHeureVersChaîne(e_datetimeforeach)) // expect: 01/03/2025 10:30:00:00
	Trace(TypeVar(e_datetimeforeach)) // expect: 26
	Trace(e_datetimeforeach) // expect: 20250301103000000
	e_datetimeforeach..Heure += 20
	Trace(e_datetimeforeach) // expect: 20250302063000000
	e_datetimeforeach..Jour += 30
	Trace(e_datetimeforeach) // expect: 20250401063000000
	e_datetimeforeach = "2025/01/05 10:30"
	Trace(e_datetimeforeach) // expect: 20250105103000000
FIN
// datetime rangé dans : foreach_struct
ST_datetimeforeachstruct est une Structure
	m est une DateHeure
FIN
arr_datetimeforeachstruct est un tableau de ST_datetimeforeachstruct
st_datetimeforeachstruct est un ST_datetimeforeachstruct
st_datetimeforeachstruct.m = "20250301103000"
TableauAjoute(arr_datetimeforeachstruct, st_datetimeforeachstruct)
POUR TOUT e_datetimeforeachstruct DE arr_datetimeforeachstruct
	Trace(e_datetimeforeachstruct.m + 1 h) // expect: 20250301113000000
	Trace(e_datetimeforeachstruct.m + 1) // expect: 20250302103000000
	Trace(e_datetimeforeachstruct.m > "20250301") // expect: 1
	Trace(e_datetimeforeachstruct.m..Mois) // expect: 3
	Trace(e_datetimeforeachstruct.m..Heure) // expect: 10
	Trace(e_datetimeforeachstruct.m..PartieDate) // expect: 20250301
	Trace(DateHeureVersChaîne(e_datetimeforeachstruct.m)) // expect: 01/03/2025 10:30:00:00
	Trace(TypeVar(e_datetimeforeachstruct.m)) // expect: 26
	Trace(e_datetimeforeachstruct.m) // expect: 20250301103000000
	e_datetimeforeachstruct.m..Heure += 20
	Trace(e_datetimeforeachstruct.m) // expect: 20250302063000000
	e_datetimeforeachstruct.m..Jour += 30
	Trace(e_datetimeforeachstruct.m) // expect: 20250401063000000
	e_datetimeforeachstruct.m = "2025/01/05 10:30"
	Trace(e_datetimeforeachstruct.m) // expect: 20250105103000000
FIN
// datetime rangé dans : return
Trace(F_datetimereturn() + 1 h) // expect: 20250301113000000
Trace(F_datetimereturn() + 1) // expect: 20250302103000000
Trace(F_datetimereturn() > "20250301") // expect: 1
Trace(F_datetimereturn()..Mois) // expect: 3
Trace(F_datetimereturn()..Heure) // expect: 10
Trace(F_datetimereturn()..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(F_datetimereturn())) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(F_datetimereturn())) // expect: 26
Trace(F_datetimereturn()) // expect: 20250301103000000
// datetime rangé dans : return_untyped
Trace(F_datetimereturnuntyped() + 1 h) // expect: 20250301113000000
Trace(F_datetimereturnuntyped() + 1) // expect: 20250302103000000
Trace(F_datetimereturnuntyped() > "20250301") // expect: 1
Trace(F_datetimereturnuntyped()..Mois) // expect: 3
Trace(F_datetimereturnuntyped()..Heure) // expect: 10
Trace(F_datetimereturnuntyped()..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(F_datetimereturnuntyped())) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(F_datetimereturnuntyped())) // expect: 26
Trace(F_datetimereturnuntyped()) // expect: 20250301103000000
// datetime rangé dans : reference
x0_datetimereference est une DateHeure = "20250301103000"
r_datetimereference est un Variant
r_datetimereference <- x0_datetimereference
Trace(r_datetimereference + 1 h) // expect: 20250301113000000
Trace(r_datetimereference + 1) // expect: 20250302103000000
Trace(r_datetimereference > "20250301") // expect: 1
Trace(r_datetimereference..Mois) // expect: 3
Trace(r_datetimereference..Heure) // expect: 10
Trace(r_datetimereference..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(r_datetimereference)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(r_datetimereference)) // expect: 26
Trace(r_datetimereference) // expect: 20250301103000000
r_datetimereference..Heure += 20
Trace(r_datetimereference) // expect: 20250302063000000
r_datetimereference..Jour += 30
Trace(r_datetimereference) // expect: 20250401063000000
// datetime rangé dans : method_return
C_datetimemethodreturn est une Classe
FIN
o_datetimemethodreturn est un C_datetimemethodreturn
Trace(o_datetimemethodreturn.F_datetimemethodreturn() + 1 h) // expect: 20250301113000000
Trace(o_datetimemethodreturn.F_datetimemethodreturn() + 1) // expect: 20250302103000000
Trace(o_datetimemethodreturn.F_datetimemethodreturn() > "20250301") // expect: 1
Trace(o_datetimemethodreturn.F_datetimemethodreturn()..Mois) // expect: 3
Trace(o_datetimemethodreturn.F_datetimemethodreturn()..Heure) // expect: 10
Trace(o_datetimemethodreturn.F_datetimemethodreturn()..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(o_datetimemethodreturn.F_datetimemethodreturn())) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(o_datetimemethodreturn.F_datetimemethodreturn())) // expect: 26
Trace(o_datetimemethodreturn.F_datetimemethodreturn()) // expect: 20250301103000000
// duration rangé dans : local
x_durationlocal est une Durée = 90 min
Trace(x_durationlocal + 1 h) // expect: 2 h 30 min
Trace(x_durationlocal / 3) // expect: 30 min
Trace(x_durationlocal * 2) // expect: 3 h
Trace(x_durationlocal > 1 h) // expect: 1
Trace(x_durationlocal..EnMinutes) // expect: 90
Trace(x_durationlocal..Minute) // expect: 30
Trace(TypeVar(x_durationlocal)) // expect: 27
Trace(x_durationlocal) // expect: 1 h 30 min
x_durationlocal..Minute += 45
Trace(x_durationlocal) // expect: 2 h 15 min
x_durationlocal += 1 h
Trace(x_durationlocal) // expect: 3 h 15 min
// duration rangé dans : struct
ST_durationstruct est une Structure
	m est une Durée
FIN
st_durationstruct est un ST_durationstruct
st_durationstruct.m = 90 min
Trace(st_durationstruct.m + 1 h) // expect: 2 h 30 min
Trace(st_durationstruct.m / 3) // expect: 30 min
Trace(st_durationstruct.m * 2) // expect: 3 h
Trace(st_durationstruct.m > 1 h) // expect: 1
Trace(st_durationstruct.m..EnMinutes) // expect: 90
Trace(st_durationstruct.m..Minute) // expect: 30
Trace(TypeVar(st_durationstruct.m)) // expect: 27
Trace(st_durationstruct.m) // expect: 1 h 30 min
st_durationstruct.m..Minute += 45
Trace(st_durationstruct.m) // expect: 2 h 15 min
st_durationstruct.m += 1 h
Trace(st_durationstruct.m) // expect: 3 h 15 min
// duration rangé dans : array
arr_durationarray est un tableau de 2 Durée
arr_durationarray[1] = 90 min
Trace(arr_durationarray[1] + 1 h) // expect: 2 h 30 min
Trace(arr_durationarray[1] / 3) // expect: 30 min
Trace(arr_durationarray[1] * 2) // expect: 3 h
Trace(arr_durationarray[1] > 1 h) // expect: 1
Trace(arr_durationarray[1]..EnMinutes) // expect: 90
Trace(arr_durationarray[1]..Minute) // expect: 30
Trace(TypeVar(arr_durationarray[1])) // expect: 27
Trace(arr_durationarray[1]) // expect: 1 h 30 min
arr_durationarray[1]..Minute += 45
Trace(arr_durationarray[1]) // expect: 2 h 15 min
arr_durationarray[1] += 1 h
Trace(arr_durationarray[1]) // expect: 3 h 15 min
// duration rangé dans : dynarray
arr_durationdynarray est un tableau de Durée
TableauAjoute(arr_durationdynarray, 90 min)
Trace(arr_durationdynarray[1] + 1 h) // expect: 2 h 30 min
Trace(arr_durationdynarray[1] / 3) // expect: 30 min
Trace(arr_durationdynarray[1] * 2) // expect: 3 h
Trace(arr_durationdynarray[1] > 1 h) // expect: 1
Trace(arr_durationdynarray[1]..EnMinutes) // expect: 90
Trace(arr_durationdynarray[1]..Minute) // expect: 30
Trace(TypeVar(arr_durationdynarray[1])) // expect: 27
Trace(arr_durationdynarray[1]) // expect: 1 h 30 min
arr_durationdynarray[1]..Minute += 45
Trace(arr_durationdynarray[1]) // expect: 2 h 15 min
arr_durationdynarray[1] += 1 h
Trace(arr_durationdynarray[1]) // expect: 3 h 15 min
// duration rangé dans : assoc
aa_durationassoc est un tableau associatif de Durée
aa_durationassoc["k"] = 90 min
Trace(aa_durationassoc["k"] + 1 h) // expect: 2 h 30 min
Trace(aa_durationassoc["k"] / 3) // expect: 30 min
Trace(aa_durationassoc["k"] * 2) // expect: 3 h
Trace(aa_durationassoc["k"] > 1 h) // expect: 1
Trace(aa_durationassoc["k"]..EnMinutes) // expect: 90
Trace(aa_durationassoc["k"]..Minute) // expect: 30
Trace(TypeVar(aa_durationassoc["k"])) // expect: 27
Trace(aa_durationassoc["k"]) // expect: 1 h 30 min
aa_durationassoc["k"]..Minute += 45
Trace(aa_durationassoc["k"]) // expect: 2 h 15 min
aa_durationassoc["k"] += 1 h
Trace(aa_durationassoc["k"]) // expect: 3 h 15 min
// duration rangé dans : assoc_struct
ST_durationassocstruct est une Structure
	m est une Durée
FIN
aa_durationassocstruct est un tableau associatif de ST_durationassocstruct
aa_durationassocstruct["k"].m = 90 min
Trace(aa_durationassocstruct["k"].m + 1 h) // expect: 2 h 30 min
Trace(aa_durationassocstruct["k"].m / 3) // expect: 30 min
Trace(aa_durationassocstruct["k"].m * 2) // expect: 3 h
Trace(aa_durationassocstruct["k"].m > 1 h) // expect: 1
Trace(aa_durationassocstruct["k"].m..EnMinutes) // expect: 90
Trace(aa_durationassocstruct["k"].m..Minute) // expect: 30
Trace(TypeVar(aa_durationassocstruct["k"].m)) // expect: 27
Trace(aa_durationassocstruct["k"].m) // expect: 1 h 30 min
aa_durationassocstruct["k"].m..Minute += 45
Trace(aa_durationassocstruct["k"].m) // expect: 2 h 15 min
aa_durationassocstruct["k"].m += 1 h
Trace(aa_durationassocstruct["k"].m) // expect: 3 h 15 min
// duration rangé dans : class_dot
C_durationclassdot est une Classe
	m est une Durée
FIN
o_durationclassdot est un C_durationclassdot
o_durationclassdot.m = 90 min
Trace(o_durationclassdot.m + 1 h) // expect: 2 h 30 min
Trace(o_durationclassdot.m / 3) // expect: 30 min
Trace(o_durationclassdot.m * 2) // expect: 3 h
Trace(o_durationclassdot.m > 1 h) // expect: 1
Trace(o_durationclassdot.m..EnMinutes) // expect: 90
Trace(o_durationclassdot.m..Minute) // expect: 30
Trace(TypeVar(o_durationclassdot.m)) // expect: 27
Trace(o_durationclassdot.m) // expect: 1 h 30 min
o_durationclassdot.m..Minute += 45
Trace(o_durationclassdot.m) // expect: 2 h 15 min
o_durationclassdot.m += 1 h
Trace(o_durationclassdot.m) // expect: 3 h 15 min
// duration rangé dans : class_loop
C_durationclassloop est une Classe
	m est une Durée
FIN
o_durationclassloop est un C_durationclassloop
o_durationclassloop.m = 90 min
POUR i_durationclassloop = 1 _À_ 1
	Trace(o_durationclassloop.m + 1 h) // expect: 2 h 30 min
	Trace(o_durationclassloop.m / 3) // expect: 30 min
	Trace(o_durationclassloop.m * 2) // expect: 3 h
	Trace(o_durationclassloop.m > 1 h) // expect: 1
	Trace(o_durationclassloop.m..EnMinutes) // expect: 90
	Trace(o_durationclassloop.m..Minute) // expect: 30
	Trace(TypeVar(o_durationclassloop.m)) // expect: 27
	Trace(o_durationclassloop.m) // expect: 1 h 30 min
	o_durationclassloop.m..Minute += 45
	Trace(o_durationclassloop.m) // expect: 2 h 15 min
	o_durationclassloop.m += 1 h
	Trace(o_durationclassloop.m) // expect: 3 h 15 min
FIN
// duration rangé dans : global_member
C_durationglobalmember est une Classe
	GLOBAL g est une Durée
FIN
C_durationglobalmember::g = 90 min
Trace(C_durationglobalmember::g + 1 h) // expect: 2 h 30 min
Trace(C_durationglobalmember::g / 3) // expect: 30 min
Trace(C_durationglobalmember::g * 2) // expect: 3 h
Trace(C_durationglobalmember::g > 1 h) // expect: 1
Trace(C_durationglobalmember::g..EnMinutes) // expect: 90
Trace(C_durationglobalmember::g..Minute) // expect: 30
Trace(TypeVar(C_durationglobalmember::g)) // expect: 27
Trace(C_durationglobalmember::g) // expect: 1 h 30 min
C_durationglobalmember::g..Minute += 45
Trace(C_durationglobalmember::g) // expect: 2 h 15 min
C_durationglobalmember::g += 1 h
Trace(C_durationglobalmember::g) // expect: 3 h 15 min
// duration rangé dans : global_dot
C_durationglobaldot est une Classe
	GLOBAL g est une Durée
FIN
C_durationglobaldot.g = 90 min
Trace(C_durationglobaldot.g + 1 h) // expect: 2 h 30 min
Trace(C_durationglobaldot.g / 3) // expect: 30 min
Trace(C_durationglobaldot.g * 2) // expect: 3 h
Trace(C_durationglobaldot.g > 1 h) // expect: 1
Trace(C_durationglobaldot.g..EnMinutes) // expect: 90
Trace(C_durationglobaldot.g..Minute) // expect: 30
Trace(TypeVar(C_durationglobaldot.g)) // expect: 27
Trace(C_durationglobaldot.g) // expect: 1 h 30 min
C_durationglobaldot.g..Minute += 45
Trace(C_durationglobaldot.g) // expect: 2 h 15 min
C_durationglobaldot.g += 1 h
Trace(C_durationglobaldot.g) // expect: 3 h 15 min
// duration rangé dans : global_obj
C_durationglobalobj est une Classe
	GLOBAL g est une Durée
FIN
o_durationglobalobj est un C_durationglobalobj
o_durationglobalobj.g = 90 min
Trace(o_durationglobalobj.g + 1 h) // expect: 2 h 30 min
Trace(o_durationglobalobj.g / 3) // expect: 30 min
Trace(o_durationglobalobj.g * 2) // expect: 3 h
Trace(o_durationglobalobj.g > 1 h) // expect: 1
Trace(o_durationglobalobj.g..EnMinutes) // expect: 90
Trace(o_durationglobalobj.g..Minute) // expect: 30
Trace(TypeVar(o_durationglobalobj.g)) // expect: 27
Trace(o_durationglobalobj.g) // expect: 1 h 30 min
o_durationglobalobj.g..Minute += 45
Trace(o_durationglobalobj.g) // expect: 2 h 15 min
o_durationglobalobj.g += 1 h
Trace(o_durationglobalobj.g) // expect: 3 h 15 min
// duration rangé dans : struct_array
ST_durationstructarray est une Structure
	a est un tableau de Durée
FIN
st_durationstructarray est un ST_durationstructarray
TableauAjoute(st_durationstructarray.a, 90 min)
Trace(st_durationstructarray.a[1] + 1 h) // expect: 2 h 30 min
Trace(st_durationstructarray.a[1] / 3) // expect: 30 min
Trace(st_durationstructarray.a[1] * 2) // expect: 3 h
Trace(st_durationstructarray.a[1] > 1 h) // expect: 1
Trace(st_durationstructarray.a[1]..EnMinutes) // expect: 90
Trace(st_durationstructarray.a[1]..Minute) // expect: 30
Trace(TypeVar(st_durationstructarray.a[1])) // expect: 27
Trace(st_durationstructarray.a[1]) // expect: 1 h 30 min
st_durationstructarray.a[1]..Minute += 45
Trace(st_durationstructarray.a[1]) // expect: 2 h 15 min
st_durationstructarray.a[1] += 1 h
Trace(st_durationstructarray.a[1]) // expect: 3 h 15 min
// duration rangé dans : array_of_struct
ST_durationarrayofstruct est une Structure
	m est une Durée
FIN
arr_durationarrayofstruct est un tableau de ST_durationarrayofstruct
st_durationarrayofstruct est un ST_durationarrayofstruct
st_durationarrayofstruct.m = 90 min
TableauAjoute(arr_durationarrayofstruct, st_durationarrayofstruct)
Trace(arr_durationarrayofstruct[1].m + 1 h) // expect: 2 h 30 min
Trace(arr_durationarrayofstruct[1].m / 3) // expect: 30 min
Trace(arr_durationarrayofstruct[1].m * 2) // expect: 3 h
Trace(arr_durationarrayofstruct[1].m > 1 h) // expect: 1
Trace(arr_durationarrayofstruct[1].m..EnMinutes) // expect: 90
Trace(arr_durationarrayofstruct[1].m..Minute) // expect: 30
Trace(TypeVar(arr_durationarrayofstruct[1].m)) // expect: 27
Trace(arr_durationarrayofstruct[1].m) // expect: 1 h 30 min
arr_durationarrayofstruct[1].m..Minute += 45
Trace(arr_durationarrayofstruct[1].m) // expect: 2 h 15 min
arr_durationarrayofstruct[1].m += 1 h
Trace(arr_durationarrayofstruct[1].m) // expect: 3 h 15 min
// duration rangé dans : struct_in_class
ST_durationstructinclass est une Structure
	m est une Durée
FIN
C_durationstructinclass est une Classe
	s est un ST_durationstructinclass
FIN
o_durationstructinclass est un C_durationstructinclass
o_durationstructinclass.s.m = 90 min
Trace(o_durationstructinclass.s.m + 1 h) // expect: 2 h 30 min
Trace(o_durationstructinclass.s.m / 3) // expect: 30 min
Trace(o_durationstructinclass.s.m * 2) // expect: 3 h
Trace(o_durationstructinclass.s.m > 1 h) // expect: 1
Trace(o_durationstructinclass.s.m..EnMinutes) // expect: 90
Trace(o_durationstructinclass.s.m..Minute) // expect: 30
Trace(TypeVar(o_durationstructinclass.s.m)) // expect: 27
Trace(o_durationstructinclass.s.m) // expect: 1 h 30 min
o_durationstructinclass.s.m..Minute += 45
Trace(o_durationstructinclass.s.m) // expect: 2 h 15 min
o_durationstructinclass.s.m += 1 h
Trace(o_durationstructinclass.s.m) // expect: 3 h 15 min
// duration rangé dans : variant
x0_durationvariant est une Durée = 90 min
v_durationvariant est un Variant = x0_durationvariant
Trace(v_durationvariant + 1 h) // expect: 2 h 30 min
Trace(v_durationvariant / 3) // expect: 30 min
Trace(v_durationvariant * 2) // expect: 3 h
Trace(v_durationvariant > 1 h) // expect: 1
Trace(v_durationvariant..EnMinutes) // expect: 90
Trace(v_durationvariant..Minute) // expect: 30
Trace(TypeVar(v_durationvariant)) // expect: 27
Trace(v_durationvariant) // expect: 1 h 30 min
v_durationvariant..Minute += 45
Trace(v_durationvariant) // expect: 2 h 15 min
v_durationvariant += 1 h
Trace(v_durationvariant) // expect: 3 h 15 min
// duration rangé dans : foreach
arr_durationforeach est un tableau de Durée
TableauAjoute(arr_durationforeach, 90 min)
POUR TOUT e_durationforeach DE arr_durationforeach
	Trace(e_durationforeach + 1 h) // expect: 2 h 30 min
	Trace(e_durationforeach / 3) // expect: 30 min
	Trace(e_durationforeach * 2) // expect: 3 h
	Trace(e_durationforeach > 1 h) // expect: 1
	Trace(e_durationforeach..EnMinutes) // expect: 90
	Trace(e_durationforeach..Minute) // expect: 30
	Trace(TypeVar(e_durationforeach)) // expect: 27
	Trace(e_durationforeach) // expect: 1 h 30 min
	e_durationforeach..Minute += 45
	Trace(e_durationforeach) // expect: 2 h 15 min
	e_durationforeach += 1 h
	Trace(e_durationforeach) // expect: 3 h 15 min
FIN
// duration rangé dans : foreach_struct
ST_durationforeachstruct est une Structure
	m est une Durée
FIN
arr_durationforeachstruct est un tableau de ST_durationforeachstruct
st_durationforeachstruct est un ST_durationforeachstruct
st_durationforeachstruct.m = 90 min
TableauAjoute(arr_durationforeachstruct, st_durationforeachstruct)
POUR TOUT e_durationforeachstruct DE arr_durationforeachstruct
	Trace(e_durationforeachstruct.m + 1 h) // expect: 2 h 30 min
	Trace(e_durationforeachstruct.m / 3) // expect: 30 min
	Trace(e_durationforeachstruct.m * 2) // expect: 3 h
	Trace(e_durationforeachstruct.m > 1 h) // expect: 1
	Trace(e_durationforeachstruct.m..EnMinutes) // expect: 90
	Trace(e_durationforeachstruct.m..Minute) // expect: 30
	Trace(TypeVar(e_durationforeachstruct.m)) // expect: 27
	Trace(e_durationforeachstruct.m) // expect: 1 h 30 min
	e_durationforeachstruct.m..Minute += 45
	Trace(e_durationforeachstruct.m) // expect: 2 h 15 min
	e_durationforeachstruct.m += 1 h
	Trace(e_durationforeachstruct.m) // expect: 3 h 15 min
FIN
// duration rangé dans : return
Trace(F_durationreturn() + 1 h) // expect: 2 h 30 min
Trace(F_durationreturn() / 3) // expect: 30 min
Trace(F_durationreturn() * 2) // expect: 3 h
Trace(F_durationreturn() > 1 h) // expect: 1
Trace(F_durationreturn()..EnMinutes) // expect: 90
Trace(F_durationreturn()..Minute) // expect: 30
Trace(TypeVar(F_durationreturn())) // expect: 27
Trace(F_durationreturn()) // expect: 1 h 30 min
// duration rangé dans : return_untyped
Trace(F_durationreturnuntyped() + 1 h) // expect: 2 h 30 min
Trace(F_durationreturnuntyped() / 3) // expect: 30 min
Trace(F_durationreturnuntyped() * 2) // expect: 3 h
Trace(F_durationreturnuntyped() > 1 h) // expect: 1
Trace(F_durationreturnuntyped()..EnMinutes) // expect: 90
Trace(F_durationreturnuntyped()..Minute) // expect: 30
Trace(TypeVar(F_durationreturnuntyped())) // expect: 27
Trace(F_durationreturnuntyped()) // expect: 1 h 30 min
// duration rangé dans : reference
x0_durationreference est une Durée = 90 min
r_durationreference est un Variant
r_durationreference <- x0_durationreference
Trace(r_durationreference + 1 h) // expect: 2 h 30 min
Trace(r_durationreference / 3) // expect: 30 min
Trace(r_durationreference * 2) // expect: 3 h
Trace(r_durationreference > 1 h) // expect: 1
Trace(r_durationreference..EnMinutes) // expect: 90
Trace(r_durationreference..Minute) // expect: 30
Trace(TypeVar(r_durationreference)) // expect: 27
Trace(r_durationreference) // expect: 1 h 30 min
r_durationreference..Minute += 45
Trace(r_durationreference) // expect: 2 h 15 min
r_durationreference += 1 h
Trace(r_durationreference) // expect: 3 h 15 min
// duration rangé dans : method_return
C_durationmethodreturn est une Classe
FIN
o_durationmethodreturn est un C_durationmethodreturn
Trace(o_durationmethodreturn.F_durationmethodreturn() + 1 h) // expect: 2 h 30 min
Trace(o_durationmethodreturn.F_durationmethodreturn() / 3) // expect: 30 min
Trace(o_durationmethodreturn.F_durationmethodreturn() * 2) // expect: 3 h
Trace(o_durationmethodreturn.F_durationmethodreturn() > 1 h) // expect: 1
Trace(o_durationmethodreturn.F_durationmethodreturn()..EnMinutes) // expect: 90
Trace(o_durationmethodreturn.F_durationmethodreturn()..Minute) // expect: 30
Trace(TypeVar(o_durationmethodreturn.F_durationmethodreturn())) // expect: 27
Trace(o_durationmethodreturn.F_durationmethodreturn()) // expect: 1 h 30 min
// date rangé dans : class_colon
C_dateclasscolon est une Classe
	m est une Date
FIN
o_dateclasscolon est un C_dateclasscolon
o_dateclasscolon.m = "20250301"
o_dateclasscolon.Lance()
// date rangé dans : class_bare
C_dateclassbare est une Classe
	m est une Date
FIN
o_dateclassbare est un C_dateclassbare
o_dateclassbare.m = "20250301"
o_dateclassbare.Lance()
// date rangé dans : global_in_method
C_dateglobalinmethod est une Classe
	GLOBAL g est une Date
FIN
o_dateglobalinmethod est un C_dateglobalinmethod
C_dateglobalinmethod::g = "20250301"
o_dateglobalinmethod.Lance()
// date rangé dans : global_colon
C_dateglobalcolon est une Classe
	GLOBAL g est une Date
FIN
o_dateglobalcolon est un C_dateglobalcolon
C_dateglobalcolon::g = "20250301"
o_dateglobalcolon.Lance()
// date rangé dans : param
x0_dateparam est une Date = "20250301"
P_dateparam(x0_dateparam)
// date rangé dans : param_local
x0_dateparamlocal est une Date = "20250301"
P_dateparamlocal(x0_dateparamlocal)
// date rangé dans : param_untyped
x0_dateparamuntyped est une Date = "20250301"
P_dateparamuntyped(x0_dateparamuntyped)
// date rangé dans : proc_local_struct
P_dateproclocalstruct()
// time rangé dans : class_colon
C_timeclasscolon est une Classe
	m est une Heure
FIN
o_timeclasscolon est un C_timeclasscolon
o_timeclasscolon.m = "103000"
o_timeclasscolon.Lance()
// time rangé dans : class_bare
C_timeclassbare est une Classe
	m est une Heure
FIN
o_timeclassbare est un C_timeclassbare
o_timeclassbare.m = "103000"
o_timeclassbare.Lance()
// time rangé dans : global_in_method
C_timeglobalinmethod est une Classe
	GLOBAL g est une Heure
FIN
o_timeglobalinmethod est un C_timeglobalinmethod
C_timeglobalinmethod::g = "103000"
o_timeglobalinmethod.Lance()
// time rangé dans : global_colon
C_timeglobalcolon est une Classe
	GLOBAL g est une Heure
FIN
o_timeglobalcolon est un C_timeglobalcolon
C_timeglobalcolon::g = "103000"
o_timeglobalcolon.Lance()
// time rangé dans : param
x0_timeparam est une Heure = "103000"
P_timeparam(x0_timeparam)
// time rangé dans : param_local
x0_timeparamlocal est une Heure = "103000"
P_timeparamlocal(x0_timeparamlocal)
// time rangé dans : param_untyped
x0_timeparamuntyped est une Heure = "103000"
P_timeparamuntyped(x0_timeparamuntyped)
// time rangé dans : proc_local_struct
P_timeproclocalstruct()
// datetime rangé dans : class_colon
C_datetimeclasscolon est une Classe
	m est une DateHeure
FIN
o_datetimeclasscolon est un C_datetimeclasscolon
o_datetimeclasscolon.m = "20250301103000"
o_datetimeclasscolon.Lance()
// datetime rangé dans : class_bare
C_datetimeclassbare est une Classe
	m est une DateHeure
FIN
o_datetimeclassbare est un C_datetimeclassbare
o_datetimeclassbare.m = "20250301103000"
o_datetimeclassbare.Lance()
// datetime rangé dans : global_in_method
C_datetimeglobalinmethod est une Classe
	GLOBAL g est une DateHeure
FIN
o_datetimeglobalinmethod est un C_datetimeglobalinmethod
C_datetimeglobalinmethod::g = "20250301103000"
o_datetimeglobalinmethod.Lance()
// datetime rangé dans : global_colon
C_datetimeglobalcolon est une Classe
	GLOBAL g est une DateHeure
FIN
o_datetimeglobalcolon est un C_datetimeglobalcolon
C_datetimeglobalcolon::g = "20250301103000"
o_datetimeglobalcolon.Lance()
// datetime rangé dans : param
x0_datetimeparam est une DateHeure = "20250301103000"
P_datetimeparam(x0_datetimeparam)
// datetime rangé dans : param_local
x0_datetimeparamlocal est une DateHeure = "20250301103000"
P_datetimeparamlocal(x0_datetimeparamlocal)
// datetime rangé dans : param_untyped
x0_datetimeparamuntyped est une DateHeure = "20250301103000"
P_datetimeparamuntyped(x0_datetimeparamuntyped)
// datetime rangé dans : proc_local_struct
P_datetimeproclocalstruct()
// duration rangé dans : class_colon
C_durationclasscolon est une Classe
	m est une Durée
FIN
o_durationclasscolon est un C_durationclasscolon
o_durationclasscolon.m = 90 min
o_durationclasscolon.Lance()
// duration rangé dans : class_bare
C_durationclassbare est une Classe
	m est une Durée
FIN
o_durationclassbare est un C_durationclassbare
o_durationclassbare.m = 90 min
o_durationclassbare.Lance()
// duration rangé dans : global_in_method
C_durationglobalinmethod est une Classe
	GLOBAL g est une Durée
FIN
o_durationglobalinmethod est un C_durationglobalinmethod
C_durationglobalinmethod::g = 90 min
o_durationglobalinmethod.Lance()
// duration rangé dans : global_colon
C_durationglobalcolon est une Classe
	GLOBAL g est une Durée
FIN
o_durationglobalcolon est un C_durationglobalcolon
C_durationglobalcolon::g = 90 min
o_durationglobalcolon.Lance()
// duration rangé dans : param
x0_durationparam est une Durée = 90 min
P_durationparam(x0_durationparam)
// duration rangé dans : param_local
x0_durationparamlocal est une Durée = 90 min
P_durationparamlocal(x0_durationparamlocal)
// duration rangé dans : param_untyped
x0_durationparamuntyped est une Durée = 90 min
P_durationparamuntyped(x0_durationparamuntyped)
// duration rangé dans : proc_local_struct
P_durationproclocalstruct()

PROCEDURE F_datereturn() : Date
x0_datereturn est une Date = "20250301"
RENVOYER x0_datereturn

PROCEDURE F_datereturnuntyped()
x0_datereturnuntyped est une Date = "20250301"
RENVOYER x0_datereturnuntyped

PROCEDURE C_datemethodreturn::F_datemethodreturn() : Date
x0_datemethodreturn est une Date = "20250301"
RENVOYER x0_datemethodreturn

PROCEDURE C_dateclasscolon::Lance()
Trace(:m + 1) // expect: 20250302
Trace(:m - 1) // expect: 20250228
Trace(:m > "20250228") // expect: 1
Trace(:m = "20250301") // expect: 1
Trace(:m..Jour) // expect: 1
Trace(:m..Mois) // expect: 3
Trace(DateVersChaîne(:m)) // expect: 01/03/2025
Trace(TypeVar(:m)) // expect: 24
Trace(:m) // expect: 20250301
:m..Jour += 40
Trace(:m) // expect: 20250410
:m += 1
Trace(:m) // expect: 20250411

PROCEDURE C_dateclassbare::Lance()
Trace(m + 1) // expect: 20250302
Trace(m - 1) // expect: 20250228
Trace(m > "20250228") // expect: 1
Trace(m = "20250301") // expect: 1
Trace(m..Jour) // expect: 1
Trace(m..Mois) // expect: 3
Trace(DateVersChaîne(m)) // expect: 01/03/2025
Trace(TypeVar(m)) // expect: 24
Trace(m) // expect: 20250301
m..Jour += 40
Trace(m) // expect: 20250410
m += 1
Trace(m) // expect: 20250411

PROCEDURE C_dateglobalinmethod::Lance()
Trace(g + 1) // expect: 20250302
Trace(g - 1) // expect: 20250228
Trace(g > "20250228") // expect: 1
Trace(g = "20250301") // expect: 1
Trace(g..Jour) // expect: 1
Trace(g..Mois) // expect: 3
Trace(DateVersChaîne(g)) // expect: 01/03/2025
Trace(TypeVar(g)) // expect: 24
Trace(g) // expect: 20250301
g..Jour += 40
Trace(g) // expect: 20250410
g += 1
Trace(g) // expect: 20250411

PROCEDURE C_dateglobalcolon::Lance()
Trace(::g + 1) // expect: 20250302
Trace(::g - 1) // expect: 20250228
Trace(::g > "20250228") // expect: 1
Trace(::g = "20250301") // expect: 1
Trace(::g..Jour) // expect: 1
Trace(::g..Mois) // expect: 3
Trace(DateVersChaîne(::g)) // expect: 01/03/2025
Trace(TypeVar(::g)) // expect: 24
Trace(::g) // expect: 20250301
::g..Jour += 40
Trace(::g) // expect: 20250410
::g += 1
Trace(::g) // expect: 20250411

PROCEDURE P_dateparam(p est une Date)
Trace(p + 1) // expect: 20250302
Trace(p - 1) // expect: 20250228
Trace(p > "20250228") // expect: 1
Trace(p = "20250301") // expect: 1
Trace(p..Jour) // expect: 1
Trace(p..Mois) // expect: 3
Trace(DateVersChaîne(p)) // expect: 01/03/2025
Trace(TypeVar(p)) // expect: 24
Trace(p) // expect: 20250301
p..Jour += 40
Trace(p) // expect: 20250410
p += 1
Trace(p) // expect: 20250411

PROCEDURE P_dateparamlocal(LOCAL p est une Date)
Trace(p + 1) // expect: 20250302
Trace(p - 1) // expect: 20250228
Trace(p > "20250228") // expect: 1
Trace(p = "20250301") // expect: 1
Trace(p..Jour) // expect: 1
Trace(p..Mois) // expect: 3
Trace(DateVersChaîne(p)) // expect: 01/03/2025
Trace(TypeVar(p)) // expect: 24
Trace(p) // expect: 20250301
p..Jour += 40
Trace(p) // expect: 20250410
p += 1
Trace(p) // expect: 20250411

PROCEDURE P_dateparamuntyped(p)
Trace(p + 1) // expect: 20250302
Trace(p - 1) // expect: 20250228
Trace(p > "20250228") // expect: 1
Trace(p = "20250301") // expect: 1
Trace(p..Jour) // expect: 1
Trace(p..Mois) // expect: 3
Trace(DateVersChaîne(p)) // expect: 01/03/2025
Trace(TypeVar(p)) // expect: 24
Trace(p) // expect: 20250301
p..Jour += 40
Trace(p) // expect: 20250410
p += 1
Trace(p) // expect: 20250411

PROCEDURE P_dateproclocalstruct()
ST_dateproclocalstruct est une Structure
	m est une Date
FIN
st_dateproclocalstruct est un ST_dateproclocalstruct
st_dateproclocalstruct.m = "20250301"
Trace(st_dateproclocalstruct.m + 1) // expect: 20250302
Trace(st_dateproclocalstruct.m - 1) // expect: 20250228
Trace(st_dateproclocalstruct.m > "20250228") // expect: 1
Trace(st_dateproclocalstruct.m = "20250301") // expect: 1
Trace(st_dateproclocalstruct.m..Jour) // expect: 1
Trace(st_dateproclocalstruct.m..Mois) // expect: 3
Trace(DateVersChaîne(st_dateproclocalstruct.m)) // expect: 01/03/2025
Trace(TypeVar(st_dateproclocalstruct.m)) // expect: 24
Trace(st_dateproclocalstruct.m) // expect: 20250301
st_dateproclocalstruct.m..Jour += 40
Trace(st_dateproclocalstruct.m) // expect: 20250410
st_dateproclocalstruct.m += 1
Trace(st_dateproclocalstruct.m) // expect: 20250411

PROCEDURE F_timereturn() : Heure
x0_timereturn est une Heure = "103000"
RENVOYER x0_timereturn

PROCEDURE F_timereturnuntyped()
x0_timereturnuntyped est une Heure = "103000"
RENVOYER x0_timereturnuntyped

PROCEDURE C_timemethodreturn::F_timemethodreturn() : Heure
x0_timemethodreturn est une Heure = "103000"
RENVOYER x0_timemethodreturn

PROCEDURE C_timeclasscolon::Lance()
Trace(:m + 1 h) // expect: 11300000
Trace(:m + 1) // expect: 10300001
Trace(:m > "090000") // expect: 1
Trace(:m..Heure) // expect: 10
Trace(:m..Minute) // expect: 30
Trace(HeureVersChaîne(:m)) // expect: 10:30:00:00
Trace(TypeVar(:m)) // expect: 25
Trace(:m) // expect: 10300000
:m..Minute += 50
Trace(:m) // expect: 11200000
:m += 1 h
Trace(:m) // expect: 12200000
:m = "9:15"
Trace(:m) // expect: 09150000

PROCEDURE C_timeclassbare::Lance()
Trace(m + 1 h) // expect: 11300000
Trace(m + 1) // expect: 10300001
Trace(m > "090000") // expect: 1
Trace(m..Heure) // expect: 10
Trace(m..Minute) // expect: 30
Trace(HeureVersChaîne(m)) // expect: 10:30:00:00
Trace(TypeVar(m)) // expect: 25
Trace(m) // expect: 10300000
m..Minute += 50
Trace(m) // expect: 11200000
m += 1 h
Trace(m) // expect: 12200000
m = "9:15"
Trace(m) // expect: 09150000

PROCEDURE C_timeglobalinmethod::Lance()
Trace(g + 1 h) // expect: 11300000
Trace(g + 1) // expect: 10300001
Trace(g > "090000") // expect: 1
Trace(g..Heure) // expect: 10
Trace(g..Minute) // expect: 30
Trace(HeureVersChaîne(g)) // expect: 10:30:00:00
Trace(TypeVar(g)) // expect: 25
Trace(g) // expect: 10300000
g..Minute += 50
Trace(g) // expect: 11200000
g += 1 h
Trace(g) // expect: 12200000
g = "9:15"
Trace(g) // expect: 09150000

PROCEDURE C_timeglobalcolon::Lance()
Trace(::g + 1 h) // expect: 11300000
Trace(::g + 1) // expect: 10300001
Trace(::g > "090000") // expect: 1
Trace(::g..Heure) // expect: 10
Trace(::g..Minute) // expect: 30
Trace(HeureVersChaîne(::g)) // expect: 10:30:00:00
Trace(TypeVar(::g)) // expect: 25
Trace(::g) // expect: 10300000
::g..Minute += 50
Trace(::g) // expect: 11200000
::g += 1 h
Trace(::g) // expect: 12200000
::g = "9:15"
Trace(::g) // expect: 09150000

PROCEDURE P_timeparam(p est une Heure)
Trace(p + 1 h) // expect: 11300000
Trace(p + 1) // expect: 10300001
Trace(p > "090000") // expect: 1
Trace(p..Heure) // expect: 10
Trace(p..Minute) // expect: 30
Trace(HeureVersChaîne(p)) // expect: 10:30:00:00
Trace(TypeVar(p)) // expect: 25
Trace(p) // expect: 10300000
p..Minute += 50
Trace(p) // expect: 11200000
p += 1 h
Trace(p) // expect: 12200000
p = "9:15"
Trace(p) // expect: 09150000

PROCEDURE P_timeparamlocal(LOCAL p est une Heure)
Trace(p + 1 h) // expect: 11300000
Trace(p + 1) // expect: 10300001
Trace(p > "090000") // expect: 1
Trace(p..Heure) // expect: 10
Trace(p..Minute) // expect: 30
Trace(HeureVersChaîne(p)) // expect: 10:30:00:00
Trace(TypeVar(p)) // expect: 25
Trace(p) // expect: 10300000
p..Minute += 50
Trace(p) // expect: 11200000
p += 1 h
Trace(p) // expect: 12200000
p = "9:15"
Trace(p) // expect: 09150000

PROCEDURE P_timeparamuntyped(p)
Trace(p + 1 h) // expect: 11300000
Trace(p + 1) // expect: 10300001
Trace(p > "090000") // expect: 1
Trace(p..Heure) // expect: 10
Trace(p..Minute) // expect: 30
Trace(HeureVersChaîne(p)) // expect: 10:30:00:00
Trace(TypeVar(p)) // expect: 25
Trace(p) // expect: 10300000
p..Minute += 50
Trace(p) // expect: 11200000
p += 1 h
Trace(p) // expect: 12200000

PROCEDURE P_timeproclocalstruct()
ST_timeproclocalstruct est une Structure
	m est une Heure
FIN
st_timeproclocalstruct est un ST_timeproclocalstruct
st_timeproclocalstruct.m = "103000"
Trace(st_timeproclocalstruct.m + 1 h) // expect: 11300000
Trace(st_timeproclocalstruct.m + 1) // expect: 10300001
Trace(st_timeproclocalstruct.m > "090000") // expect: 1
Trace(st_timeproclocalstruct.m..Heure) // expect: 10
Trace(st_timeproclocalstruct.m..Minute) // expect: 30
Trace(HeureVersChaîne(st_timeproclocalstruct.m)) // expect: 10:30:00:00
Trace(TypeVar(st_timeproclocalstruct.m)) // expect: 25
Trace(st_timeproclocalstruct.m) // expect: 10300000
st_timeproclocalstruct.m..Minute += 50
Trace(st_timeproclocalstruct.m) // expect: 11200000
st_timeproclocalstruct.m += 1 h
Trace(st_timeproclocalstruct.m) // expect: 12200000
st_timeproclocalstruct.m = "9:15"
Trace(st_timeproclocalstruct.m) // expect: 09150000

PROCEDURE F_datetimereturn() : DateHeure
x0_datetimereturn est une DateHeure = "20250301103000"
RENVOYER x0_datetimereturn

PROCEDURE F_datetimereturnuntyped()
x0_datetimereturnuntyped est une DateHeure = "20250301103000"
RENVOYER x0_datetimereturnuntyped

PROCEDURE C_datetimemethodreturn::F_datetimemethodreturn() : DateHeure
x0_datetimemethodreturn est une DateHeure = "20250301103000"
RENVOYER x0_datetimemethodreturn

PROCEDURE C_datetimeclasscolon::Lance()
Trace(:m + 1 h) // expect: 20250301113000000
Trace(:m + 1) // expect: 20250302103000000
Trace(:m > "20250301") // expect: 1
Trace(:m..Mois) // expect: 3
Trace(:m..Heure) // expect: 10
Trace(:m..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(:m)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(:m)) // expect: 26
Trace(:m) // expect: 20250301103000000
:m..Heure += 20
Trace(:m) // expect: 20250302063000000
:m..Jour += 30
Trace(:m) // expect: 20250401063000000
:m = "2025/01/05 10:30"
Trace(:m) // expect: 20250105103000000

PROCEDURE C_datetimeclassbare::Lance()
Trace(m + 1 h) // expect: 20250301113000000
Trace(m + 1) // expect: 20250302103000000
Trace(m > "20250301") // expect: 1
Trace(m..Mois) // expect: 3
Trace(m..Heure) // expect: 10
Trace(m..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(m)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(m)) // expect: 26
Trace(m) // expect: 20250301103000000
m..Heure += 20
Trace(m) // expect: 20250302063000000
m..Jour += 30
Trace(m) // expect: 20250401063000000
m = "2025/01/05 10:30"
Trace(m) // expect: 20250105103000000

PROCEDURE C_datetimeglobalinmethod::Lance()
Trace(g + 1 h) // expect: 20250301113000000
Trace(g + 1) // expect: 20250302103000000
Trace(g > "20250301") // expect: 1
Trace(g..Mois) // expect: 3
Trace(g..Heure) // expect: 10
Trace(g..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(g)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(g)) // expect: 26
Trace(g) // expect: 20250301103000000
g..Heure += 20
Trace(g) // expect: 20250302063000000
g..Jour += 30
Trace(g) // expect: 20250401063000000
g = "2025/01/05 10:30"
Trace(g) // expect: 20250105103000000

PROCEDURE C_datetimeglobalcolon::Lance()
Trace(::g + 1 h) // expect: 20250301113000000
Trace(::g + 1) // expect: 20250302103000000
Trace(::g > "20250301") // expect: 1
Trace(::g..Mois) // expect: 3
Trace(::g..Heure) // expect: 10
Trace(::g..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(::g)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(::g)) // expect: 26
Trace(::g) // expect: 20250301103000000
::g..Heure += 20
Trace(::g) // expect: 20250302063000000
::g..Jour += 30
Trace(::g) // expect: 20250401063000000
::g = "2025/01/05 10:30"
Trace(::g) // expect: 20250105103000000

PROCEDURE P_datetimeparam(p est une DateHeure)
Trace(p + 1 h) // expect: 20250301113000000
Trace(p + 1) // expect: 20250302103000000
Trace(p > "20250301") // expect: 1
Trace(p..Mois) // expect: 3
Trace(p..Heure) // expect: 10
Trace(p..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(p)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(p)) // expect: 26
Trace(p) // expect: 20250301103000000
p..Heure += 20
Trace(p) // expect: 20250302063000000
p..Jour += 30
Trace(p) // expect: 20250401063000000
p = "2025/01/05 10:30"
Trace(p) // expect: 20250105103000000

PROCEDURE P_datetimeparamlocal(LOCAL p est une DateHeure)
Trace(p + 1 h) // expect: 20250301113000000
Trace(p + 1) // expect: 20250302103000000
Trace(p > "20250301") // expect: 1
Trace(p..Mois) // expect: 3
Trace(p..Heure) // expect: 10
Trace(p..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(p)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(p)) // expect: 26
Trace(p) // expect: 20250301103000000
p..Heure += 20
Trace(p) // expect: 20250302063000000
p..Jour += 30
Trace(p) // expect: 20250401063000000
p = "2025/01/05 10:30"
Trace(p) // expect: 20250105103000000

PROCEDURE P_datetimeparamuntyped(p)
Trace(p + 1 h) // expect: 20250301113000000
Trace(p + 1) // expect: 20250302103000000
Trace(p > "20250301") // expect: 1
Trace(p..Mois) // expect: 3
Trace(p..Heure) // expect: 10
Trace(p..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(p)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(p)) // expect: 26
Trace(p) // expect: 20250301103000000
p..Heure += 20
Trace(p) // expect: 20250302063000000
p..Jour += 30
Trace(p) // expect: 20250401063000000

PROCEDURE P_datetimeproclocalstruct()
ST_datetimeproclocalstruct est une Structure
	m est une DateHeure
FIN
st_datetimeproclocalstruct est un ST_datetimeproclocalstruct
st_datetimeproclocalstruct.m = "20250301103000"
Trace(st_datetimeproclocalstruct.m + 1 h) // expect: 20250301113000000
Trace(st_datetimeproclocalstruct.m + 1) // expect: 20250302103000000
Trace(st_datetimeproclocalstruct.m > "20250301") // expect: 1
Trace(st_datetimeproclocalstruct.m..Mois) // expect: 3
Trace(st_datetimeproclocalstruct.m..Heure) // expect: 10
Trace(st_datetimeproclocalstruct.m..PartieDate) // expect: 20250301
Trace(DateHeureVersChaîne(st_datetimeproclocalstruct.m)) // expect: 01/03/2025 10:30:00:00
Trace(TypeVar(st_datetimeproclocalstruct.m)) // expect: 26
Trace(st_datetimeproclocalstruct.m) // expect: 20250301103000000
st_datetimeproclocalstruct.m..Heure += 20
Trace(st_datetimeproclocalstruct.m) // expect: 20250302063000000
st_datetimeproclocalstruct.m..Jour += 30
Trace(st_datetimeproclocalstruct.m) // expect: 20250401063000000
st_datetimeproclocalstruct.m = "2025/01/05 10:30"
Trace(st_datetimeproclocalstruct.m) // expect: 20250105103000000

PROCEDURE F_durationreturn() : Durée
x0_durationreturn est une Durée = 90 min
RENVOYER x0_durationreturn

PROCEDURE F_durationreturnuntyped()
x0_durationreturnuntyped est une Durée = 90 min
RENVOYER x0_durationreturnuntyped

PROCEDURE C_durationmethodreturn::F_durationmethodreturn() : Durée
x0_durationmethodreturn est une Durée = 90 min
RENVOYER x0_durationmethodreturn

PROCEDURE C_durationclasscolon::Lance()
Trace(:m + 1 h) // expect: 2 h 30 min
Trace(:m / 3) // expect: 30 min
Trace(:m * 2) // expect: 3 h
Trace(:m > 1 h) // expect: 1
Trace(:m..EnMinutes) // expect: 90
Trace(:m..Minute) // expect: 30
Trace(TypeVar(:m)) // expect: 27
Trace(:m) // expect: 1 h 30 min
:m..Minute += 45
Trace(:m) // expect: 2 h 15 min
:m += 1 h
Trace(:m) // expect: 3 h 15 min

PROCEDURE C_durationclassbare::Lance()
Trace(m + 1 h) // expect: 2 h 30 min
Trace(m / 3) // expect: 30 min
Trace(m * 2) // expect: 3 h
Trace(m > 1 h) // expect: 1
Trace(m..EnMinutes) // expect: 90
Trace(m..Minute) // expect: 30
Trace(TypeVar(m)) // expect: 27
Trace(m) // expect: 1 h 30 min
m..Minute += 45
Trace(m) // expect: 2 h 15 min
m += 1 h
Trace(m) // expect: 3 h 15 min

PROCEDURE C_durationglobalinmethod::Lance()
Trace(g + 1 h) // expect: 2 h 30 min
Trace(g / 3) // expect: 30 min
Trace(g * 2) // expect: 3 h
Trace(g > 1 h) // expect: 1
Trace(g..EnMinutes) // expect: 90
Trace(g..Minute) // expect: 30
Trace(TypeVar(g)) // expect: 27
Trace(g) // expect: 1 h 30 min
g..Minute += 45
Trace(g) // expect: 2 h 15 min
g += 1 h
Trace(g) // expect: 3 h 15 min

PROCEDURE C_durationglobalcolon::Lance()
Trace(::g + 1 h) // expect: 2 h 30 min
Trace(::g / 3) // expect: 30 min
Trace(::g * 2) // expect: 3 h
Trace(::g > 1 h) // expect: 1
Trace(::g..EnMinutes) // expect: 90
Trace(::g..Minute) // expect: 30
Trace(TypeVar(::g)) // expect: 27
Trace(::g) // expect: 1 h 30 min
::g..Minute += 45
Trace(::g) // expect: 2 h 15 min
::g += 1 h
Trace(::g) // expect: 3 h 15 min

PROCEDURE P_durationparam(p est une Durée)
Trace(p + 1 h) // expect: 2 h 30 min
Trace(p / 3) // expect: 30 min
Trace(p * 2) // expect: 3 h
Trace(p > 1 h) // expect: 1
Trace(p..EnMinutes) // expect: 90
Trace(p..Minute) // expect: 30
Trace(TypeVar(p)) // expect: 27
Trace(p) // expect: 1 h 30 min
p..Minute += 45
Trace(p) // expect: 2 h 15 min
p += 1 h
Trace(p) // expect: 3 h 15 min

PROCEDURE P_durationparamlocal(LOCAL p est une Durée)
Trace(p + 1 h) // expect: 2 h 30 min
Trace(p / 3) // expect: 30 min
Trace(p * 2) // expect: 3 h
Trace(p > 1 h) // expect: 1
Trace(p..EnMinutes) // expect: 90
Trace(p..Minute) // expect: 30
Trace(TypeVar(p)) // expect: 27
Trace(p) // expect: 1 h 30 min
p..Minute += 45
Trace(p) // expect: 2 h 15 min
p += 1 h
Trace(p) // expect: 3 h 15 min

PROCEDURE P_durationparamuntyped(p)
Trace(p + 1 h) // expect: 2 h 30 min
Trace(p / 3) // expect: 30 min
Trace(p * 2) // expect: 3 h
Trace(p > 1 h) // expect: 1
Trace(p..EnMinutes) // expect: 90
Trace(p..Minute) // expect: 30
Trace(TypeVar(p)) // expect: 27
Trace(p) // expect: 1 h 30 min
p..Minute += 45
Trace(p) // expect: 2 h 15 min
p += 1 h
Trace(p) // expect: 3 h 15 min

PROCEDURE P_durationproclocalstruct()
ST_durationproclocalstruct est une Structure
	m est une Durée
FIN
st_durationproclocalstruct est un ST_durationproclocalstruct
st_durationproclocalstruct.m = 90 min
Trace(st_durationproclocalstruct.m + 1 h) // expect: 2 h 30 min
Trace(st_durationproclocalstruct.m / 3) // expect: 30 min
Trace(st_durationproclocalstruct.m * 2) // expect: 3 h
Trace(st_durationproclocalstruct.m > 1 h) // expect: 1
Trace(st_durationproclocalstruct.m..EnMinutes) // expect: 90
Trace(st_durationproclocalstruct.m..Minute) // expect: 30
Trace(TypeVar(st_durationproclocalstruct.m)) // expect: 27
Trace(st_durationproclocalstruct.m) // expect: 1 h 30 min
st_durationproclocalstruct.m..Minute += 45
Trace(st_durationproclocalstruct.m) // expect: 2 h 15 min
st_durationproclocalstruct.m += 1 h
Trace(st_durationproclocalstruct.m) // expect: 3 h 15 min
