// A FOR counter declared a number cannot count to a Date held by a member, an element or
// a built-in's result either (the run stopped there already; `wl check` now says so too,
// WL110, not only for a plain Date variable). A Date's part, a difference of two Dates
// and DateToInteger are numbers: they count.
STRUCTURE STOrder
  dDate is Date
END
st is STOrder
st.dDate = "20240105"
tabDates is array of Date
ArrayAdd(tabDates, "20240107")
i is int
FOR i = st.dDate..Day TO tabDates[1] - st.dDate + 3
  Trace(i)
END
// expect: 5
FOR i = 1 TO DateToInteger(tabDates[1]) - DateToInteger(st.dDate)
  Trace(i)
END
// expect: 1
// expect: 2
FOR i = 1 TO st.dDate // expect error: The FOR loop's counter 'i' is an integer: it cannot count to a Date (declare 'i' a Date).
  Trace(i)
END
