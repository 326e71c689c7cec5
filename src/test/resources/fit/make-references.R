#!/usr/bin/env Rscript
# Reference fits for org.cytobench.fit.ReferenceFitTest, made with R's nls (Gauss-Newton, polished from a minpack.lm
# Levenberg-Marquardt fit) and lm. Run from the project root:
#   Rscript src/test/resources/fit/make-references.R
# Needs r-base-core and r-cran-minpack.lm (Debian). Writes <curve>.csv (conc,od; read back before fitting, so R fits
# exactly the numbers the tests read) and <case>.json (expected numbers). Synthetic curves use fixed seeds.
suppressMessages(library(minpack.lm))
dir <- "src/test/resources/fit"
RNGkind("Mersenne-Twister", "Inversion", "Rejection")

num <- function(v) ifelse(is.na(v), "null", sprintf("%.17g", v))
obj <- function(names, v) paste0("{", paste0('"', names, '": ', num(v), collapse = ", "), "}")
arr <- function(v) paste0("[", paste(num(v), collapse = ", "), "]")
str <- function(s) paste0('"', s, '"')

write_curve <- function(name, x, y) {
  lines <- c("conc,od", sprintf("%.6g,%.4f", x, y))
  writeLines(lines, file.path(dir, paste0(name, ".csv")))
  read.csv(file.path(dir, paste0(name, ".csv")))
}

weights_for <- function(weighting, x, y) switch(weighting,
  "none" = rep(1, length(x)), "1/y" = 1 / y, "1/y2" = 1 / y^2, "1/x2" = 1 / x^2)

f5 <- function(x, a, b, c, d, g) d + (a - d) / (1 + (x / c)^b)^g

# Logistic fit: LM on (a, b, log c, d[, g]) from a grid of starts, then nls (or LM) on the canonical parameters from there.
fit_logistic <- function(x, y, w, five) {
  lx <- log(x[x > 0]); best <- NULL
  for (lc in seq(min(lx) - 0.5, max(lx) + 0.5, length.out = 9)) for (b in c(0.5, 1, 2)) for (g in if (five) c(0.5, 1, 2) else 1) {
    start <- list(a = y[which.min(x)], b = b, lc = lc, d = y[which.max(x)])
    form <- if (five) { start$g <- g; y ~ d + (a - d) / (1 + (x / exp(lc))^b)^g } else y ~ d + (a - d) / (1 + (x / exp(lc))^b)
    m <- try(nlsLM(form, start = start, weights = w, control = nls.lm.control(maxiter = 1000, ftol = 1e-15, ptol = 1e-15)), silent = TRUE)
    if (!inherits(m, "try-error") && (is.null(best) || deviance(m) < deviance(best))) best <- m
  }
  cf <- coef(best); start <- list(a = cf[["a"]], b = cf[["b"]], c = exp(cf[["lc"]]), d = cf[["d"]])
  form <- if (five) { start$g <- cf[["g"]]; y ~ d + (a - d) / (1 + (x / c)^b)^g } else y ~ d + (a - d) / (1 + (x / c)^b)
  m <- try(nls(form, start = start, weights = w, control = nls.control(tol = 1e-9, maxiter = 200)), silent = TRUE)
  # nls stops with "step factor reduced" when the start is already the optimum to machine precision: keep LM's answer
  if (inherits(m, "try-error")) m <- nlsLM(form, start = start, weights = w,
                                           control = nls.lm.control(maxiter = 1000, ftol = 1e-15, ptol = 1e-15))
  m
}

# Concentration for response r; ln-scale delta-method 95% CI from vcov with a central-difference gradient.
inverse <- function(p, r, vc, df) {
  g <- if (length(p) > 4) p[5] else 1
  xhat <- function(q) { gg <- if (length(q) > 4) q[5] else 1
    q[3] * (((q[1] - q[4]) / (r - q[4]))^(1 / gg) - 1)^(1 / q[2]) }
  if (!((r - p[1]) * (r - p[4]) < 0)) return(c(NA, NA, NA))
  x <- xhat(p)
  grad <- sapply(seq_along(p), function(j) { h <- 1e-6 * abs(p[j]); up <- p; dn <- p; up[j] <- p[j] + h; dn[j] <- p[j] - h
    (log(xhat(up)) - log(xhat(dn))) / (2 * h) })
  se <- sqrt(drop(t(grad) %*% vc %*% grad)); t <- qt(0.975, df)
  c(x, x * exp(-t * se), x * exp(t * se))
}

write_case <- function(case, curve, model, weighting, fields) {
  body <- c(paste0('"curve": ', str(paste0(curve, ".csv"))), paste0('"model": ', str(model)),
            paste0('"weighting": ', str(weighting)), fields)
  writeLines(paste0("{\n  ", paste(body, collapse = ",\n  "), "\n}"), file.path(dir, paste0(case, ".json")))
}

logistic_case <- function(case, curve, data, weighting, five = FALSE) {
  keep <- if (weighting == "1/x2") data$conc > 0 else rep(TRUE, nrow(data))
  x <- data$conc[keep]; y <- data$od[keep]; w <- weights_for(weighting, x, y)
  m <- fit_logistic(x, y, w, five)
  s <- summary(m); p <- coef(m); se <- s$coefficients[, "Std. Error"]; df <- s$df[2]
  names_ <- if (five) c("a", "b", "c", "d", "g") else c("a", "b", "c", "d")
  rss <- sum(w * residuals(m)^2); ybar <- sum(w * y) / sum(w); r2 <- 1 - rss / sum(w * (y - ybar)^2)
  lo <- min(data$conc[data$conc > 0]); hi <- max(data$conc)
  resp <- c(p[1] + c(0.03, 0.2, 0.5, 0.8, 0.97) * (p[4] - p[1]), p[4] + 0.1 * (p[4] - p[1]))
  preds <- sapply(resp, function(r) {
    v <- inverse(unname(p), r, vcov(m), df)
    flag <- if (is.na(v[1])) "no-solution" else if (v[1] < lo || v[1] > hi) "extrapolated" else "ok"
    paste0("{", '"response": ', num(r), ', "concentration": ', num(v[1]), ', "ciLow": ', num(v[2]),
           ', "ciHigh": ', num(v[3]), ', "flag": ', str(flag), "}") })
  write_case(case, curve, if (five) "5pl" else "4pl", weighting, c(
    '"status": "converged"', paste0('"params": ', obj(names_, p)), paste0('"stderr": ', obj(names_, se)),
    paste0('"rss": ', num(rss)), paste0('"r2": ', num(r2)), paste0('"n": ', length(y)), paste0('"df": ', df),
    paste0('"predictions": [\n    ', paste(preds, collapse = ",\n    "), "\n  ]")))
}

line_case <- function(case, curve, data, model, weighting) {
  keep <- rep(TRUE, nrow(data))
  if (model == "loglog" || weighting == "1/x2") keep <- data$conc > 0
  x <- data$conc[keep]; y <- data$od[keep]; w <- weights_for(weighting, x, y)
  m <- if (model == "loglog") lm(log10(y) ~ log10(x), weights = w) else lm(y ~ x, weights = w)
  s <- summary(m); yy <- if (model == "loglog") log10(y) else y
  rss <- sum(w * residuals(m)^2); ybar <- sum(w * yy) / sum(w); r2 <- 1 - rss / sum(w * (yy - ybar)^2)
  write_case(case, curve, model, weighting, c(
    '"status": "converged"', paste0('"params": ', obj(c("a", "b"), coef(m))),
    paste0('"stderr": ', obj(c("a", "b"), s$coefficients[, "Std. Error"])),
    paste0('"rss": ', num(rss)), paste0('"r2": ', num(r2)), paste0('"n": ', length(y)), paste0('"df": ', s$df[2])))
}

two_fold <- function(top, levels) top / 2^((levels - 1):0)

# 1. R's DNase ELISA, run 1: increasing, no zero standard, 8 levels in duplicate.
d1 <- subset(DNase, Run == 1)
dnase <- write_curve("dnase1", d1$conc, d1$density)
logistic_case("dnase1-4pl-none", "dnase1", dnase, "none")
logistic_case("dnase1-4pl-1y2", "dnase1", dnase, "1/y2")
logistic_case("dnase1-5pl-none", "dnase1", dnase, "none", five = TRUE)

# 2. Increasing sandwich-ELISA curve, pg/mL, zero standard + 7 two-fold levels, duplicates, 3% CV noise.
set.seed(20261125)
x <- rep(c(0, two_fold(1000, 7)), each = 2)
y <- (0.06 + (2.9 - 0.06) / (1 + (x / 180)^-1.15)) * (1 + 0.03 * rnorm(length(x))) + 0.004 * rnorm(length(x))
y[x == 0] <- 0.06 + 0.004 * rnorm(2)
inc <- write_curve("increasing-zero", x, y)
logistic_case("increasing-zero-4pl-none", "increasing-zero", inc, "none")
logistic_case("increasing-zero-4pl-1y2", "increasing-zero", inc, "1/y2")
logistic_case("increasing-zero-4pl-1x2", "increasing-zero", inc, "1/x2")
incnz <- write_curve("increasing-nozero", inc$conc[inc$conc > 0], inc$od[inc$conc > 0])
logistic_case("increasing-nozero-4pl-1y", "increasing-nozero", incnz, "1/y")

# 3. Decreasing (competitive) curve, ng/mL: a > d, b > 0; zero standard + 8 two-fold levels in triplicate.
set.seed(7)
x <- rep(c(0, two_fold(25.6, 8)), each = 3)
y <- (0.08 + (1.8 - 0.08) / (1 + (x / 2.5)^0.95)) * (1 + 0.025 * rnorm(length(x)))
dec <- write_curve("decreasing-zero", x, y)
logistic_case("decreasing-zero-4pl-none", "decreasing-zero", dec, "none")
logistic_case("decreasing-zero-4pl-1y", "decreasing-zero", dec, "1/y")

# 4. Molar units: 1e-11 … 1e-5 M in half-log steps, duplicates.
set.seed(11)
x <- rep(1e-11 * 10^((0:12) / 2), each = 2)
y <- (0.1 + (2.0 - 0.1) / (1 + (x / 3e-8)^-0.9)) + 0.02 * rnorm(length(x))
mol <- write_curve("molar", x, y)
logistic_case("molar-4pl-none", "molar", mol, "none")
logistic_case("molar-4pl-1y2", "molar", mol, "1/y2")

# 5. 5PL with a finite minimum: asymmetric curve (g = 0.35) over 12 two-fold levels + zero, duplicates, 1% CV.
set.seed(3)
x <- rep(c(0, two_fold(1024, 12)), each = 2)
y <- f5(x, 0.05, 1.6, 40, 3.0, 0.35) * (1 + 0.01 * rnorm(length(x)))
y[x == 0] <- 0.05 * (1 + 0.01 * rnorm(2))
five <- write_curve("fivepl-finite", x, y)
logistic_case("fivepl-finite-5pl-none", "fivepl-finite", five, "none", five = TRUE)
logistic_case("fivepl-finite-4pl-none", "fivepl-finite", five, "none")

# 6. 5PL without a finite minimum: a Weibull-shaped curve, the limit of the 5PL as g -> infinity. The residual sum of
#    squares with g held fixed keeps falling as g grows, so there is no finite best fit; recorded as a profile.
set.seed(3)
x <- rep(c(0, two_fold(1000, 7)), each = 2)
y <- 3.0 + (0.05 - 3.0) * exp(-(x / 200)^1.3) + 0.02 * rnorm(length(x))
run <- write_curve("fivepl-runaway", x, y)
profile_rss <- sapply(c(1, 10, 100, 1000, 10000), function(g) {
  best <- Inf; xx <- run$conc; yy <- run$od
  for (lc in seq(log(min(xx[xx > 0])) - 1, log(max(xx)) + 12, length.out = 20)) for (b in c(0.5, 1, 2, 4)) {
    m <- try(nlsLM(yy ~ d + (a - d) / (1 + (xx / exp(lc))^b)^g, start = list(a = min(yy), b = b, lc = lc, d = max(yy)),
                   control = nls.lm.control(maxiter = 1000, ftol = 1e-15, ptol = 1e-15)), silent = TRUE)
    if (!inherits(m, "try-error")) best <- min(best, deviance(m))
  }
  best })
stopifnot(all(diff(profile_rss) < 0))
write_case("fivepl-runaway-5pl-none", "fivepl-runaway", "5pl", "none", c('"status": "degenerate"',
  '"profileG": [1, 10, 100, 1000, 10000]', paste0('"profileRss": ', arr(profile_rss))))

# 7. An outlier: one replicate of the 250 pg/mL level read 1.6x too high.
out <- inc; out$od[12] <- round(out$od[12] * 1.6, 4)
out <- write_curve("outlier", out$conc, out$od)
logistic_case("outlier-4pl-none", "outlier", out, "none")

# 8. Straight lines: linear (with blank) and log-log (zero standard excluded).
set.seed(5)
x <- rep(c(0, 12.5, 25, 50, 100, 200), each = 2)
y <- 0.04 + 0.0085 * x + 0.01 * rnorm(length(x))
lin <- write_curve("linear", x, y)
line_case("linear-linear-none", "linear", lin, "linear", "none")
line_case("linear-linear-1x2", "linear", lin, "linear", "1/x2")
set.seed(6)
y <- 0.02 * (x + 0.001)^0.9 * exp(0.03 * rnorm(length(x)))
ll <- write_curve("loglog", x, y)
line_case("loglog-loglog-none", "loglog", ll, "loglog", "none")
line_case("loglog-loglog-1y2", "loglog", ll, "loglog", "1/y2")
