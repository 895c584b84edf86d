/**
 * Region: what member hospitals share. The regional staff bank and the agreement that governs it
 * ({@link org.groundswell.model.region.RegionalBank}, {@link org.groundswell.model.region.BankParameters}), and
 * the practices its staff and the region's shared data carry between hospitals
 * ({@link org.groundswell.model.region.PracticeCarriage},
 * {@link org.groundswell.model.region.SharedDataParameters}). The region itself, whose members are whole
 * hospitals, is {@link org.groundswell.model.Region}.
 *
 * <p>Depends on {@code workforce}, {@code improvement}, {@code kernel} and {@code param}.
 */
package org.groundswell.model.region;
