//! The radar chart. Its geometry is a pure function (`geometry`), drawn
//! once for every output: on screen, to SVG for the printed plan, to PNG.

pub mod geometry;
