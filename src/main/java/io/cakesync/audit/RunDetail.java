package io.cakesync.audit;

import java.util.List;

/** A run with every change it planned and every HR row it rejected. */
public record RunDetail(RunView run, List<ChangeView> changes, List<RejectionView> rejections) {}
