# Reference values for Cytobench's statistics tests (DunnettTest, WelchTest, Holm, OneWayAnova, SampleSummary).
# Run from this folder:  Rscript stats-reference.R   (writes stats-expected.csv; commit both files)
# Needs base R, mvtnorm and multcomp (Debian: r-cran-mvtnorm, r-cran-multcomp).
suppressPackageStartupMessages({ library(mvtnorm); library(multcomp) })
# P(max|T_i| > t) for Dunnett's product correlation, by nested adaptive quadrature (QUADPACK via integrate): an
# independent check of the tails, where the randomised Genz rule of mvtnorm has only ~1e-6 absolute accuracy.
dunnett_tail <- function(tt, lam, df) {
  tau <- sqrt(1 - lam^2)
  inner <- function(h) {
    f <- function(z) sapply(z, function(zz) {
      e <- pnorm((lam * zz - h) / tau) + pnorm((-h - lam * zz) / tau)
      q <- 0; for (ei in e) q <- q + ei * (1 - q); q })
    2 * integrate(function(z) f(z) * dnorm(z), 0, Inf, rel.tol = 1e-12, abs.tol = 0)$value
  }
  lognorm <- log(2) + (df / 2) * log(df / 2) - lgamma(df / 2)
  g <- function(s) sapply(s, function(ss) if (ss == 0) 0 else inner(tt * ss) * exp(lognorm + (df - 1) * log(ss) - df * ss^2 / 2))
  integrate(g, 0, Inf, rel.tol = 1e-10, abs.tol = 0)$value
}
d <- read.csv("stats-input.csv", stringsAsFactors = FALSE)
out <- data.frame(dataset = character(), group = character(), quantity = character(), value = numeric())
add <- function(ds, g, q, v) out[nrow(out) + 1, ] <<- list(ds, g, q, v)
for (ds in unique(d$dataset)) {
  x <- d[d$dataset == ds, ]
  lv <- unique(x$group)                       # file order; the first group is the control
  x$g <- factor(x$group, levels = lv)
  fit <- aov(value ~ g, data = x)
  tab <- summary(fit)[[1]]
  add(ds, "", "anova.F", tab[["F value"]][1]); add(ds, "", "anova.p", tab[["Pr(>F)"]][1])
  add(ds, "", "anova.df1", tab[["Df"]][1]); add(ds, "", "anova.df2", tab[["Df"]][2])
  for (g in lv) {
    v <- x$value[x$g == g]; n <- length(v); s <- sd(v)
    add(ds, g, "mean", mean(v)); add(ds, g, "sd", s); add(ds, g, "sem", s / sqrt(n))
    ci <- t.test(v)$conf.int; add(ds, g, "ciLow", ci[1]); add(ds, g, "ciHigh", ci[2])
  }
  # Dunnett via multcomp, with a tight tolerance for the multivariate t integral
  set.seed(20260101)
  gl <- glht(fit, linfct = mcp(g = "Dunnett"))
  sm <- summary(gl, test = adjusted("single-step", abseps = 1e-6, maxpts = 1e6))
  set.seed(20260101)
  ci <- confint(gl, level = 0.95, calpha = adjusted_calpha(abseps = 1e-5, maxpts = 2e5))$confint
  # and directly from mvtnorm, as a second opinion on the same probabilities
  n0 <- sum(x$g == lv[1]); ni <- sapply(lv[-1], function(g) sum(x$g == g))
  lam <- sqrt(ni / (ni + n0)); R <- outer(lam, lam); diag(R) <- 1
  df <- df.residual(fit)
  for (i in seq_along(lv[-1])) {
    g <- lv[-1][i]
    add(ds, g, "dunnett.diff", sm$test$coefficients[i]); add(ds, g, "dunnett.t", sm$test$tstat[i])
    add(ds, g, "dunnett.p", sm$test$pvalues[i])
    add(ds, g, "dunnett.ciLow", ci[i, "lwr"]); add(ds, g, "dunnett.ciHigh", ci[i, "upr"])
    tt <- abs(sm$test$tstat[i]); k <- length(lam)
    set.seed(20260101)
    pm <- 1 - pmvt(lower = rep(-tt, k), upper = rep(tt, k), df = df, corr = R,
                   algorithm = GenzBretz(maxpts = 2e6, abseps = 1e-7, releps = 0))
    add(ds, g, "dunnett.p.mvtnorm", pm)
    add(ds, g, "dunnett.p.integrate", dunnett_tail(tt, lam, df))
    w <- t.test(x$value[x$g == g], x$value[x$g == lv[1]])
    add(ds, g, "welch.t", w$statistic); add(ds, g, "welch.df", w$parameter); add(ds, g, "welch.p", w$p.value)
    add(ds, g, "welch.ciLow", w$conf.int[1]); add(ds, g, "welch.ciHigh", w$conf.int[2])
  }
  wp <- out$value[out$dataset == ds & out$quantity == "welch.p"]
  hp <- p.adjust(wp, "holm")
  for (i in seq_along(lv[-1])) add(ds, lv[-1][i], "welch.holm", hp[i])
}
write.csv(out, "stats-expected.csv", row.names = FALSE, quote = TRUE)
cat(sprintf("R %s, mvtnorm %s, multcomp %s: wrote %d values\n", getRversion(), packageVersion("mvtnorm"),
            packageVersion("multcomp"), nrow(out)))
