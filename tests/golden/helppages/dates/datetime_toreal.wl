// Help page "<DateTime type>.ToReal" (help.windev.com ?1000024190): its example as
// written (passes), then its syntax's <From 1904> and its -1 for an invalid DateTime.
MyDay is DateTime
MyDay = "190001030600"
// Displays "3.25"
Info(MyDay.ToReal()) // expect: 3.25
// From 1904 the count starts at 0; a DateTime before 1904 is invalid then: -1
MyDay2 is DateTime = "190401020600"
Info(MyDay2.ToReal(True), MyDay.ToReal(True)) // expect: 1.25
// expect: -1
