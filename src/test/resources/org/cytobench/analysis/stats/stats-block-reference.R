# Reference values for Cytobench's donor-blocked statistics (BlockAnova, DunnettTest.blocked, PairedTTest, Holm,
# DonorTreatmentMixedModel, MultivariateTAdjustment), on the linear and the log10 scale.
# Run from this folder:  Rscript stats-block-reference.R   (writes stats-block-expected.csv; commit both files)
#   and:                 Rscript stats-block-reference.R sample-data-wells.csv sample-data-expected.csv
#   (the sample experiment's IL-6 and IL-10 culture-well values as the pipeline computes them; SampleDataStatisticsAgainstRTest
#   rewrites sample-data-wells.csv with -Dcytobench.fixtures.write=true)
# Needs R with multcomp, mvtnorm, lme4, lmerTest, emmeans (Debian: r-cran-lmertest r-cran-emmeans r-cran-multcomp).
# stats-block-input.csv (culture-well values; dataset, group, donor, value; the first group is the control) was drawn
# once with numpy (seed 20261201): log-normal wells around donor and donor x treatment effects; two data sets lose wells.
suppressPackageStartupMessages({ library(mvtnorm); library(multcomp); library(lmerTest); library(emmeans) })
emm_options(lmer.df = "satterthwaite")
dunnett_tail <- function(tt, lam, df) {   # as in stats-reference.R: P(max|T_i| > tt), product correlation, integrate
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
args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "stats-block-input.csv"
output <- if (length(args) >= 2) args[2] else "stats-block-expected.csv"
d0 <- read.csv(input, stringsAsFactors = FALSE)
out <- data.frame(dataset = character(), group = character(), quantity = character(), value = numeric())
add <- function(ds, g, q, v) out[nrow(out) + 1, ] <<- list(ds, g, q, v)
for (ds0 in unique(d0$dataset)) for (scale in c("linear", "log10")) {
  ds <- if (scale == "linear") ds0 else paste0(ds0, ".log10")
  x <- d0[d0$dataset == ds0, ]
  if (scale == "log10") x$value <- log10(x$value)
  lv <- unique(x$group); k <- length(lv) - 1
  x$g <- factor(x$group, levels = lv); x$donor <- factor(x$donor)
  # donor means per treatment (the block design's observations)
  m <- aggregate(value ~ g + donor, data = x, FUN = mean)
  m <- m[order(m$g, m$donor), ]
  fit <- aov(value ~ g + donor, data = m)
  tab <- summary(fit)[[1]]
  add(ds, "", "block.F", tab[["F value"]][1]); add(ds, "", "block.p", tab[["Pr(>F)"]][1])
  add(ds, "", "block.df1", tab[["Df"]][1]); add(ds, "", "block.df2", tab[["Df"]][3])
  set.seed(20261201)
  sm <- summary(glht(fit, linfct = mcp(g = "Dunnett")), test = adjusted("single-step", abseps = 1e-6, maxpts = 1e6))
  nd <- nlevels(m$donor); dfr <- df.residual(fit)
  for (i in seq_len(k)) {
    g <- lv[i + 1]
    add(ds, g, "block.dunnett.diff", sm$test$coefficients[i]); add(ds, g, "block.dunnett.se", sm$test$sigma[i])
    add(ds, g, "block.dunnett.t", sm$test$tstat[i]); add(ds, g, "block.dunnett.p", sm$test$pvalues[i])
    add(ds, g, "block.dunnett.p.integrate", dunnett_tail(abs(sm$test$tstat[i]), rep(sqrt(0.5), k), dfr))
    pt <- t.test(m$value[m$g == g], m$value[m$g == lv[1]], paired = TRUE)
    add(ds, g, "paired.t", pt$statistic); add(ds, g, "paired.df", pt$parameter); add(ds, g, "paired.p", pt$p.value)
    add(ds, g, "paired.ciLow", pt$conf.int[1]); add(ds, g, "paired.ciHigh", pt$conf.int[2])
  }
  pp <- out$value[out$dataset == ds & out$quantity == "paired.p"]
  hp <- p.adjust(pp, "holm")
  for (i in seq_len(k)) add(ds, lv[i + 1], "paired.holm", hp[i])
  # the mixed model on the culture wells
  lm1 <- lmer(value ~ g + (1 | donor) + (1 | donor:g), data = x, REML = TRUE,
              control = lmerControl(optimizer = "bobyqa", optCtrl = list(rhobeg = 0.2, rhoend = 1e-12)))
  vc <- as.data.frame(VarCorr(lm1))
  add(ds, "", "lmm.var.donor", vc$vcov[vc$grp == "donor"]); add(ds, "", "lmm.var.donor:g", vc$vcov[vc$grp == "donor:g"])
  add(ds, "", "lmm.var.residual", vc$vcov[vc$grp == "Residual"]); add(ds, "", "lmm.REMLcrit", REMLcrit(lm1))
  add(ds, "", "lmm.singular", as.numeric(isSingular(lm1)))
  e <- emmeans(lm1, trt.vs.ctrl ~ g)
  set.seed(20261201)
  cm <- summary(e$contrasts, adjust = "mvt")
  cn <- summary(e$contrasts, adjust = "none")
  V <- vcov(e$contrasts); R <- cov2cor(V)
  for (i in seq_len(k)) {
    g <- lv[i + 1]
    add(ds, g, "lmm.estimate", cm$estimate[i]); add(ds, g, "lmm.se", cm$SE[i]); add(ds, g, "lmm.df", cm$df[i])
    add(ds, g, "lmm.t", cm$t.ratio[i]); add(ds, g, "lmm.p", cn$p.value[i]); add(ds, g, "lmm.p.mvt", cm$p.value[i])
    # lmerTest's own Satterthwaite df for the same contrast, as a check on emmeans
    L <- rep(0, length(fixef(lm1))); L[i + 1] <- 1
    add(ds, g, "lmm.df.lmerTest", contest(lm1, L, joint = FALSE)$df)
    # the same mvt probability with a tight Genz tolerance (emmeans' default is abseps 1e-3): the stable reference
    tt <- abs(cm$t.ratio[i]); dfi <- floor(max(1, cm$df[i]) + 0.25)
    set.seed(20261201)
    pm <- 1 - pmvt(lower = rep(-tt, k), upper = rep(tt, k), df = as.integer(dfi), corr = R,
                   algorithm = GenzBretz(maxpts = 2e6, abseps = 1e-7, releps = 0))
    add(ds, g, "lmm.p.mvt.tight", pm)
  }
  for (i in seq_len(k)) for (j in seq_len(k)) if (i < j) add(ds, paste0(lv[i + 1], ":", lv[j + 1]), "lmm.corr", R[i, j])
}
write.csv(out, output, row.names = FALSE, quote = TRUE)
cat(sprintf("R %s, lme4 %s, lmerTest %s, emmeans %s, mvtnorm %s, multcomp %s: wrote %d values\n", getRversion(),
            packageVersion("lme4"), packageVersion("lmerTest"), packageVersion("emmeans"), packageVersion("mvtnorm"),
            packageVersion("multcomp"), nrow(out)))
